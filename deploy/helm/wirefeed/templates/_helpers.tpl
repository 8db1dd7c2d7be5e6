{{/* Chart name. */}}
{{- define "wirefeed.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release-chart, unless the release name already contains the chart name. */}}
{{- define "wirefeed.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "wirefeed.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "wirefeed.selectorLabels" -}}
app.kubernetes.io/name: {{ include "wirefeed.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "wirefeed.labels" -}}
helm.sh/chart: {{ include "wirefeed.chart" . }}
{{ include "wirefeed.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: stream-processor
{{- end }}

{{- define "wirefeed.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "wirefeed.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The metrics port: the port of config.http.listen ("host:port"). */}}
{{- define "wirefeed.metricsPort" -}}
{{- $listen := required "config.http.listen must be set: probes and Prometheus need the endpoint" .Values.config.http.listen }}
{{- splitList ":" $listen | last | int }}
{{- end }}

{{/* terminationGracePeriodSeconds: the drain deadline plus a margin. */}}
{{- define "wirefeed.terminationGracePeriodSeconds" -}}
{{- $drain := (.Values.config.runtime | default dict).drain_timeout_secs | default 20 | int }}
{{- add $drain (.Values.terminationGraceExtraSeconds | int) }}
{{- end }}

{{/* Replica cap: never more consumers than input partitions. */}}
{{- define "wirefeed.maxReplicas" -}}
{{- $max := .max | int }}
{{- $partitions := .root.Values.inputPartitions | int }}
{{- if lt $partitions 1 }}{{ fail "inputPartitions must be at least 1" }}{{ end }}
{{- min $max $partitions }}
{{- end }}

{{/*
A TOML value from a YAML value. Helm reads YAML numbers as float64: integral ones are printed
as integers. Strings use JSON escaping, which is valid in TOML basic strings.
*/}}
{{- define "wirefeed.tomlValue" -}}
{{- if kindIs "string" . -}}
{{ toJson . }}
{{- else if kindIs "bool" . -}}
{{ . }}
{{- else if or (kindIs "float64" .) (kindIs "float32" .) -}}
{{- if eq (floor .) (float64 .) }}{{ int64 . }}{{ else }}{{ . }}{{ end -}}
{{- else if or (kindIs "int" .) (kindIs "int64" .) -}}
{{ . }}
{{- else if kindIs "slice" . -}}
[{{ range $i, $v := . }}{{ if $i }}, {{ end }}{{ include "wirefeed.tomlValue" $v }}{{ end }}]
{{- else if kindIs "invalid" . -}}
{{ fail "null values cannot be written to wirefeed.toml: remove the key instead" }}
{{- else -}}
{{ fail (printf "unsupported value in config: %v" .) }}
{{- end -}}
{{- end }}

{{/* A TOML key: bare when it can be, else quoted (librdkafka properties have dots). */}}
{{- define "wirefeed.tomlKey" -}}
{{- if regexMatch "^[A-Za-z0-9_-]+$" . }}{{ . }}{{ else }}{{ toJson . }}{{ end }}
{{- end }}

{{/* A TOML table (and its sub-tables) from a map: {prefix, table}. */}}
{{- define "wirefeed.tomlTable" -}}
{{- $prefix := .prefix }}
{{- $table := .table }}
[{{ $prefix }}]
{{- range $k, $v := $table }}
{{- if not (kindIs "map" $v) }}
{{ include "wirefeed.tomlKey" $k }} = {{ include "wirefeed.tomlValue" $v }}
{{- end }}
{{- end }}
{{- range $k, $v := $table }}
{{- if kindIs "map" $v }}
{{ include "wirefeed.tomlTable" (dict "prefix" (printf "%s.%s" $prefix (include "wirefeed.tomlKey" $k)) "table" $v) }}
{{- end }}
{{- end }}
{{- end }}

{{/* The whole wirefeed.toml from .Values.config. */}}
{{- define "wirefeed.configToml" -}}
# Rendered by the wirefeed Helm chart from .Values.config; see src/config.rs for every key.
{{- range $section, $table := .Values.config }}
{{- if not (kindIs "map" $table) }}
{{- fail (printf "config.%s must be a table (map)" $section) }}
{{- end }}
{{ include "wirefeed.tomlTable" (dict "prefix" (include "wirefeed.tomlKey" $section) "table" $table) }}
{{- end }}
{{- end }}
