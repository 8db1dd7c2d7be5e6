//! Explains how the classifier scores sentences, for analysts editing `data/classify/rules.toml`.
//!
//! `cargo run --example classify_explain -- "sentence" ...` prints every matched term and the
//! sentence scores. `-- --file corpus.jsonl ID CATEGORY` explains every sentence of that
//! article that matches a term of CATEGORY. `--rules FILE` (first) loads a rule file at run
//! time instead of the embedded one.
use wirefeed::classify::{Classifier, ClassifyConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut config = ClassifyConfig::default();
    if args.first().map(String::as_str) == Some("--rules") && args.len() >= 2 {
        config.rules_path = Some(args[1].clone().into());
        args.drain(..2);
    }
    let c = Classifier::new(&config)?;
    if args.first().map(String::as_str) == Some("--file") {
        let [_, file, id, cat] = args.as_slice() else {
            return Err("usage: --file FILE ID CATEGORY".into());
        };
        for line in std::fs::read_to_string(file)?.lines() {
            let row: serde_json::Value = serde_json::from_str(line)?;
            if row["id"] != id.as_str() {
                continue;
            }
            let a = wirefeed::article::Article::new(
                id.as_str(),
                row["headline"].as_str().unwrap_or(""),
                row["body"].as_str().unwrap_or(""),
            );
            println!("{id} labels {}", row["labels"]);
            for r in wirefeed::text::sentences(&a.text) {
                let s = &a.text[r];
                let e = c.explain(s);
                if e.contains(&format!(": {cat} ")) {
                    println!("{s}\n{e}");
                }
            }
        }
        return Ok(());
    }
    for s in args {
        println!("{s}\n{}", c.explain(&s));
    }
    Ok(())
}
