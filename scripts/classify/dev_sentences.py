#!/usr/bin/env python3
"""Writes DEV sentence-level checks for `examples/classify_sentences.rs`: every template of the
dev pools (pools_dev.py, pools_dev2.py, pools_dev3.py), filled a few times, labelled by its pool (positive
pool -> gold for that category; hard-negative pool and filler -> not gold for that category;
filler is checked against every category). Dev only: never reads an acceptance pool. Since the
fourth round the retired held-out pools (pools_heldout.py, pools_heldout2.py, pools_heldout4.py)
are development material and are included too (`--no-retired` leaves them out).

    python3 scripts/classify/dev_sentences.py /tmp/dev_sentences.jsonl
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as M  # noqa: E402
import pools_dev  # noqa: E402
import pools_dev2  # noqa: E402
import pools_dev3  # noqa: E402
import pools_heldout  # noqa: E402  (retired: development material)
import pools_heldout2  # noqa: E402  (retired in the fourth round: development material)
import pools_heldout4  # noqa: E402  (retired in the fourth round: development material)

CATS = ["military_aid", "diplomacy", "casualties"]

# Hand-written dev checks for broad terms (category, gold, sentence).
CHECKS = [
    ("military_aid", False, "Russian drones hit an ammunition depot in the occupied south, the general staff said."),
    ("military_aid", False, "The helicopter carrying the governor landed safely in Odesa."),
    ("military_aid", False, "Police used armoured vehicles to block roads during the protest."),
    ("military_aid", False, "Lawmakers voted to raise the defence budget to buy new tanks for its own army."),
    ("military_aid", False, "Air defence units stopped 30 of 35 drones overnight."),
    ("military_aid", False, "The company supplies batteries for electric cars."),
    ("military_aid", False, "Mistral AI signed a partnership with a French bank."),
    ("military_aid", True, "Russia obtained hundreds of drones from Iran last year, according to U.S. intelligence."),
    ("military_aid", False, "The army is training thousands of new recruits at bases in the west."),
    ("military_aid", False, "Nigerian troops were training near the border when the attack began."),
    ("military_aid", False, "The navy will train its own sailors on the new frigates next year."),
    ("military_aid", False, "Police are training officers to handle riots."),
    ("military_aid", False, "Ghanaian soldiers have been training with British troops in a joint exercise."),
    ("military_aid", True, "Canadian soldiers are training Latvian reservists in urban warfare."),
    ("military_aid", True, "Britain will train 10,000 Ukrainian recruits next year."),
    ("military_aid", True, "Washington will send Kyiv another $400 million worth of weapons, the Pentagon said."),
    ("military_aid", True, "The Pentagon announced a $250 million package of arms for Ukraine on Friday."),
    ("military_aid", True, "Berlin has delivered a fourth IRIS-T system to Ukraine."),
    ("military_aid", True, "Ukraine will receive 18 more Caesar guns from France by spring."),
    ("military_aid", True, "Japan agreed to send Patriot interceptors to the United States, freeing up stocks for Ukraine."),
    ("military_aid", True, "South Korea has so far refused to supply lethal weapons directly to Ukraine."),
    ("military_aid", True, "Hungary has vetoed the release of 500 million euros from the EU fund that reimburses members for arms sent to Ukraine."),
    ("military_aid", True, "The House passed a $61 billion aid bill for Ukraine, most of it for weapons."),
    ("military_aid", True, "Taiwan will buy the HIMARS with U.S. financing, the State Department said."),
    ("military_aid", True, "Iran has supplied Russia with Shahed drones and ballistic missiles, Western officials say."),
    ("military_aid", True, "North Korea has shipped millions of artillery shells to Russia, according to Seoul."),
    ("military_aid", True, "Belarus allowed Russian troops to use its territory and handed over ammunition from its depots."),
    ("military_aid", True, "The Czech-led initiative has sourced 1.5 million rounds for Ukraine from outside Europe."),
    ("military_aid", True, "Germany will finance long-range weapons produced in Ukraine, Defence Minister Boris Pistorius said."),
    ("military_aid", True, "Denmark is funding production of Bohdana howitzers at Ukrainian plants."),
    ("military_aid", True, "Lithuania sent a batch of generators, thermal cameras and drones to the Ukrainian army."),
    ("military_aid", True, "The United States resumed intelligence sharing and weapons shipments to Ukraine."),
    ("military_aid", True, "Trump paused all U.S. military aid to Kyiv after the Oval Office clash."),
    ("military_aid", True, "Britain will give Ukraine 5,000 air defence missiles under a 1.6 billion pound deal."),
    ("military_aid", True, "Canada donated armoured vehicles to Ukraine and trained Ukrainian soldiers under Operation Unifier."),
    ("military_aid", True, "France will train and equip a Ukrainian brigade of 4,500 soldiers."),
    ("military_aid", True, "The Netherlands and Denmark have handed over F-16 fighters to Ukraine."),
    ("military_aid", True, "Zelensky called on partners to speed up deliveries of air defence."),
    ("military_aid", True, "Kyiv asked Berlin for Taurus cruise missiles, but the chancellor refused."),
    ("military_aid", True, "Russia is receiving artillery ammunition from North Korea in exchange for oil."),
    ("military_aid", True, "Rwanda is backing the M23 rebels with troops and weapons, U.N. experts said."),
    ("military_aid", True, "The UAE supplied weapons to the Rapid Support Forces in Sudan, the report said."),
    ("military_aid", True, "Egypt has sent fighter jets and drones to support the Sudanese army."),
    ("military_aid", True, "The EU approved another 5 billion euros for weapons for Ukraine."),
    ("military_aid", True, "Ukrainian crews are learning to operate Abrams tanks in Germany."),
    ("military_aid", False, "Russia launched 120 drones and 8 missiles at Ukraine overnight."),
    ("military_aid", False, "Ukraine's air force said it shot down 80 of the drones."),
    ("military_aid", False, "The European Union approved 50 billion euros to keep Ukraine's government running."),
    ("military_aid", False, "Germany will give Ukraine 200 million euros to repair its power grid."),
    ("military_aid", False, "Ukraine's own arms industry produced 1.5 million drones last year."),
    ("military_aid", False, "Rheinmetall shares rose 5 percent on the Frankfurt exchange."),
    ("military_aid", False, "The Kremlin said Western weapons would not change the outcome of the war."),
    ("military_aid", False, "Britain raised its defence spending to 2.5 percent of GDP."),
    ("military_aid", False, "Ukrainian forces used U.S.-supplied HIMARS to strike a Russian command post."),
    ("military_aid", False, "The World Food Programme delivered flour to Gaza."),
    ("military_aid", False, "Poland ordered 1,000 K2 tanks from South Korea for its army."),
    ("military_aid", False, "Japan's defence ministry requested a record budget for missiles."),
    ("military_aid", False, "The company delivered the first batch of electric buses to the city."),
    ("military_aid", False, "Ukraine and Poland signed a deal on grain transit."),
    ("military_aid", False, "Donors pledged 2 billion dollars for Sudan's humanitarian response."),
    ("military_aid", False, "The striker was sent off for a second yellow card."),
    ("military_aid", False, "A court handed a ten-year sentence to a man who smuggled weapons across the border."),
    ("military_aid", False, "Police handed the seized rifles to forensic investigators."),
    ("military_aid", False, "Looters broke into army depots and carried off ammunition during the unrest."),
    ("military_aid", False, "The gang was arming itself with rifles bought on the black market."),
    ("military_aid", False, "Militants are arming teenagers in the camps, the report said."),
    ("military_aid", False, "The ministry pays stipends to students who join the reserve."),
    ("military_aid", False, "The general handed command of the brigade to his deputy."),
    ("military_aid", False, "Fire broke out at one of the army depots near the capital, destroying shells."),
    ("military_aid", False, "The company is sourcing steel for the tanks from Sweden."),
    ("military_aid", False, "The army will buy 50 new tanks next year."),
    ("military_aid", False, "The navy is buying six frigates to replace its old fleet."),
    ("military_aid", False, "The ministry approved the purchase of 40 attack helicopters for the air force."),
    ("military_aid", False, "Investors are buying shares in arms makers."),
    ("military_aid", True, "Germany is buying Patriot systems for Ukraine."),
    ("military_aid", True, "The Netherlands will buy ammunition for Kyiv from South Africa."),
    ("military_aid", True, "Norway is paying for the purchase of drones for Ukraine's army."),
    ("military_aid", False, "Aid trucks delivered flour to the town despite artillery fire on the main road."),
    ("military_aid", False, "The Red Cross delivered medicine to a hospital damaged by missiles last week."),
    ("military_aid", False, "The U.N. agency supplied tents to families who fled the drones."),
    ("military_aid", False, "Volunteers sent generators to villages where Russian artillery destroyed the power station."),
    ("military_aid", False, "Engineers are repairing the bridge hit by rockets in March."),
    ("military_aid", False, "The government will provide compensation to families whose homes were destroyed by shelling."),
    ("military_aid", False, "Farmers received seeds and fertiliser from the FAO after mines were cleared from their fields."),
    ("military_aid", False, "The factory that supplied shells to the army was hit by a missile overnight."),
    ("military_aid", False, "Russia transferred the bodies of 500 soldiers to Ukraine in an exchange."),
    ("military_aid", False, "Ukraine received 1,000 bodies of fallen soldiers from Russia."),
    ("military_aid", False, "The army sent troops to the border region after the attack."),
    ("military_aid", False, "Prisoners of war were handed over at the Belarusian border."),
    ("military_aid", False, "The ministry sent a letter to the weapons manufacturer demanding faster deliveries for the national army."),
    ("military_aid", True, "Washington approved the sale of F-16 upgrades to Taipei, paid for with U.S. military financing."),
    ("military_aid", True, "The Saudi-led coalition has received bombs from Britain, campaigners said."),
    ("military_aid", True, "Israel gets $3.8 billion a year in U.S. military assistance."),
    ("military_aid", True, "Turkey has provided Bayraktar drones to Ethiopia's government, diplomats said."),
    ("military_aid", True, "Russian instructors arrived in Bamako to train Malian troops."),
    ("military_aid", True, "Wagner fighters have been supporting the Central African army since 2018."),
    ("military_aid", True, "The Biden administration halted a shipment of 2,000-pound bombs to Israel."),
    ("military_aid", True, "Congress blocked the arms sale to Turkey until it ratified Sweden's NATO membership."),
    ("military_aid", True, "Kenya will lead a multinational police mission to Haiti, funded mostly by Washington."),
    ("military_aid", True, "France ended its training of the Malian army after the coup."),
    ("military_aid", True, "Germany will supply 20 Leopard 1 tanks to Kyiv through a deal with Denmark."),
    ("military_aid", True, "Allies have pledged to deliver more interceptors to protect Ukrainian cities."),
    ("military_aid", True, "Armenia signed a deal with India to acquire artillery systems and anti-drone equipment."),
    ("military_aid", True, "Tehran has armed the Houthis with anti-ship missiles, U.S. officials say."),
    ("military_aid", True, "The Pentagon will rush Javelins and Stingers to the eastern front."),
    ("military_aid", True, "Sweden will donate its ASC 890 surveillance planes to Ukraine."),
    ("military_aid", True, "Kyiv wants Western partners to invest in its domestic arms production."),
    ("military_aid", True, "Ukraine has requested more Patriot batteries, saying Russia is shelling cities daily."),
    ("military_aid", True, "The Senate voted 79-18 to advance the package, which includes $14 billion for Israel's military."),
    ("military_aid", True, "Lawmakers in Bratislava voted against sending MiG-29s to Ukraine."),
    ("military_aid", False, "Russia fired hypersonic missiles at Kyiv, the air force said."),
    ("military_aid", False, "Ukraine's Zelensky visited troops on the front line near Pokrovsk."),
    ("military_aid", False, "The United Nations appealed for $4 billion in humanitarian aid for Sudan."),
    ("military_aid", False, "Chinese exports of dual-use goods to Russia rose sharply, customs data show."),
    ("military_aid", False, "India's defence ministry signed a deal with HAL for 97 Tejas jets."),
    ("military_aid", False, "The government will send engineers to rebuild schools in the liberated villages."),
    ("military_aid", False, "Military analysts said the offensive had stalled for lack of artillery shells."),
    ("military_aid", False, "Aid agencies delivered food to the district, where bombs fell overnight."),
    ("military_aid", False, "Police sent bomb disposal experts after two bombs were found at the station."),
    ("military_aid", False, "The hospital received dozens of people wounded by bombs dropped on the market."),
    ("diplomacy", False, "Zelensky told a news conference in Kyiv that the front was stable."),
    ("diplomacy", False, "The minister will travel to Lviv on Friday to open a new hospital."),
    ("diplomacy", False, "The president invited journalists to a briefing at the palace."),
    ("diplomacy", False, "Manchester City face Arsenal in the Premier League on Sunday."),
    ("diplomacy", False, "Russia's mobile phone networks were disrupted in Belgorod and Kursk."),
    ("diplomacy", False, "Russian troops committed war crimes in Bucha, Ukrainian prosecutors say."),
    ("diplomacy", False, "Aid workers said the final convoy reached the city."),
    ("diplomacy", True, "Ukraine's foreign minister met his Moldovan counterpart in Chisinau."),
    ("diplomacy", True, "The Kremlin said Putin and Xi exchanged views on a settlement in Ukraine."),
    ("casualties", False, "A military helicopter crashed during a training flight, killing two pilots."),
    ("casualties", False, "Russia's economic losses from the war are mounting, economists say."),
    ("casualties", False, "A former army general died aged 91, his family said."),
    ("casualties", False, "Troops were trapped in the encircled town for weeks."),
    ("casualties", True, "Two people were killed when a Storm Shadow missile hit a command post, Russian officials said."),
    # Fourth round (2026-11-27): general causes found in the retired held-out splits' errors,
    # checked with sentences written for this round (positives and hard negatives).
    # Handing equipment over, refits, equipment on its way, surplus stocks.
    ("military_aid", True, "Norway is to hand Moldova a dozen armoured personnel carriers from its reserves."),
    ("military_aid", True, "Japan handed the Philippine navy three refurbished patrol vessels on Tuesday."),
    ("military_aid", True, "Dutch technicians are refitting eight howitzers for the Estonian army at a plant in Tilburg."),
    ("military_aid", True, "Twenty surplus mortars will go to Ghanaian units serving in the north, the British high commission said."),
    ("military_aid", True, "Rifles taken out of storage in Finland are en route to Estonian reservists."),
    ("military_aid", False, "The referee handed the visiting captain a yellow card in the second half."),
    ("military_aid", False, "Protesters handed out leaflets against the new tank factory in the town square."),
    ("military_aid", False, "The city sold surplus office furniture and old army helmets at an auction."),
    ("military_aid", False, "Holiday traffic will go to the new motorway once the bridge opens, the transport ministry said."),
    ("military_aid", False, "A judge sentenced two men to prison for selling stolen rifles to a criminal gang."),
    ("military_aid", False, "The court handed down a suspended sentence to a soldier who sold ammunition online."),
    ("military_aid", False, "Air defence crews shot down 40 drones on their way to Kyiv overnight, the air force said."),
    ("military_aid", False, "Several Shahed drones were on their way to Odesa when the sirens sounded."),
    ("military_aid", False, "The rebels handed their rifles to the peacekeepers under the disarmament deal."),
    ("military_aid", False, "Most of the money will go to new artillery for the army, the finance minister said."),
    ("military_aid", False, "Lawmakers set aside funds for new tanks for the army in the spending bill."),
    ("military_aid", False, "The army said its recruits completed their training on the new howitzers at a base in the south."),
    ("military_aid", True, "Anti-tank mines from Czech army stocks will go to Moldovan units guarding the border."),
    # Requests addressed to partners.
    ("military_aid", True, "Moldova wants air defence radars from its partners before the winter, its defence minister said."),
    ("military_aid", True, "Armenia is seeking armoured vehicles from its Western partners, officials in Yerevan said."),
    ("military_aid", False, "The club wants a new striker from its partners in the Brazilian league."),
    # Training courses abroad (two states), not a state's own courses.
    ("military_aid", True, "Kenyan gunners completed their course on counter-battery radars at a base in Germany."),
    ("military_aid", True, "Georgian sappers graduated from a demining course run by Lithuanian instructors."),
    ("military_aid", False, "Polish cadets completed their course at the national military academy in Warsaw."),
    ("military_aid", False, "The army's new recruits completed their training at a base near the capital."),
    # Covering another party's costs (two states), not a state's own budget.
    ("military_aid", True, "Lawmakers in Oslo set aside 400 million crowns for Ukrainian troops in next year's spending bill."),
    ("military_aid", True, "Danish money will cover fuel and spare parts for Lithuanian army units on the border."),
    ("military_aid", True, "The trucks were repaired at a depot in Poland at Germany's expense before going to Ukrainian brigades."),
    ("military_aid", False, "Parliament passed a spending bill that raises pay for the country's own soldiers."),
    ("military_aid", False, "The ministry will cover the cost of new barracks for the army from its own budget."),
    ("military_aid", False, "Insurers will cover flood damage to homes in the Danube valley, the Austrian government said."),
    # Non-lethal equipment given to armed forces.
    ("military_aid", True, "Sweden donated forty armoured ambulances to the Ukrainian army."),
    ("military_aid", True, "Canada delivered demining equipment worth $20 million to the Jordanian armed forces."),
    ("military_aid", False, "The hospital bought two new ambulances with money raised by local businesses."),
    # Own-forces procurement and budgets.
    ("military_aid", False, "The Dutch navy showed off the frigate it has ordered to protect its own coastline."),
    ("military_aid", False, "The Czech air force took delivery of the jets it had bought from Sweden."),
    ("military_aid", False, "Romania will raise defence spending next year to buy rocket launchers for its army."),
    ("military_aid", False, "The government unveiled next year's budget, with more money for tanks and artillery."),
    ("military_aid", False, "Lithuania's armed forces received new rifles from a local maker as part of a national rearmament drive."),
    # Company names and civil equipment.
    ("military_aid", False, "Brno Arms Works will supply office chairs to a hotel chain under a new contract."),
    ("military_aid", False, "Greece sent four firefighting planes to Albania to help battle forest fires."),
    ("military_aid", False, "Relief flights carrying water tanks, tents and blankets landed in Tripoli on Monday."),
    ("military_aid", False, "Army trucks carried the supplies to flooded villages, the Polish government said."),
    # Denials of a transfer.
    ("military_aid", False, "Serbia denied reports that its artillery shells had reached Ukraine through intermediaries."),
    ("military_aid", False, "Seoul denies claims that it sold howitzer rounds to Poland for onward shipment to Kyiv."),
    ("military_aid", True, "Serbia confirmed that it had shipped artillery shells to Ukraine through intermediaries."),
    # Diplomacy: negotiators and mediators are actors; they need an action.
    ("diplomacy", False, "Negotiators said the fuel shortage could close hospitals within a week."),
    ("diplomacy", False, "Mediators warned that the famine could kill thousands if roads stay closed."),
    ("diplomacy", True, "Negotiators from Chad and Sudan met in Doha for a second day."),
    ("diplomacy", True, "Mediators from Qatar and Egypt will present a new draft to both sides next week."),
    ("diplomacy", True, "Kazakh and Kyrgyz negotiators reconvened in Astana on the border dispute."),
    # The embassy as a source, not an interaction.
    ("diplomacy", False, "The shipment of drones for Georgia arrived on Tuesday, the Latvian embassy said."),
    ("diplomacy", True, "The Latvian embassy in Tbilisi hosted talks between Georgian and Armenian officials."),
    # Reopening: missions, not schools.
    ("diplomacy", False, "Schools in Kyiv and Odesa will reopen after the holiday, the ministry said."),
    ("diplomacy", True, "Qatar will reopen its embassy in Damascus next month, the foreign ministry said."),
    ("diplomacy", True, "Egypt and Turkey restored ambassador-level relations after a decade-long freeze."),
    # Sport between national teams.
    ("diplomacy", False, "The national rugby team will face its Georgian counterparts in the final in Tbilisi."),
    ("diplomacy", False, "The national football teams of Peru and Chile met in a friendly in Lima."),
    ("diplomacy", False, "Moldova's basketball squad met Romania's in the Olympic qualifier."),
    # Company deals and domestic politics.
    ("diplomacy", False, "Merger talks between a Swedish truck maker and a German rival broke down over price."),
    ("diplomacy", False, "The Czech coalition partner agreed to back the budget after talks with the prime minister."),
    ("diplomacy", False, "The government survived a no-confidence vote after overnight negotiations in parliament."),
    ("diplomacy", True, "The envoy carried a letter from the Irish prime minister urging Minsk to free jailed opposition leaders."),
    # Approving or taking delivery is not signing with another party.
    ("diplomacy", False, "The Belgian cabinet signed off on a package of rifles for the Ukrainian army."),
    ("diplomacy", False, "Polish Foreign Minister Radoslaw Sikorski called on allies to send more air defence to Ukraine."),
    ("diplomacy", True, "Poland and Lithuania signed a defence cooperation agreement in Vilnius."),
    ("diplomacy", False, "Two Polish banks signed a cooperation agreement on mortgage lending."),
    ("diplomacy", False, "The striker signed a deal with a Spanish club worth 20 million euros."),
    ("diplomacy", True, "Ukraine's foreign minister was ready to sit down with his Hungarian counterpart."),
    ("diplomacy", False, "The Kremlin denied a newspaper report of a planned summit between the Russian and U.S. presidents."),
    ("diplomacy", False, "Union negotiators and the airline reached a wage deal after 20 hours of talks."),
    ("diplomacy", False, "Union leaders met the transport minister over pay on Monday."),
    ("diplomacy", True, "European Union foreign ministers met their Ukrainian counterpart in Brussels."),
    ("diplomacy", True, "The African Union mediated talks between Ethiopia and Eritrea."),
    ("diplomacy", False, "The Brazilian president visited a car factory in Sao Paulo."),
    ("diplomacy", False, "The prime minister visited flood victims in the south of the country."),
    ("diplomacy", True, "The Brazilian president visited Beijing for talks with Xi Jinping."),
    ("military_aid", False, "The coast guard received two new patrol boats built at a local shipyard."),
    ("military_aid", True, "The Philippine coast guard received two patrol boats built in Japan and paid for by Tokyo."),
    # Casualties: negation after the verb, accidents, dramas and recollections.
    ("casualties", False, "The blast at the chemical plant was an accident and injured no one, the fire service said."),
    ("casualties", False, "The drone fell in a field and hurt no one, the regional governor said."),
    ("casualties", False, "A documentary on the siege of Sarajevo recalls how snipers killed hundreds of civilians."),
    ("casualties", False, "The new drama dramatises a 1944 massacre in which villagers were shot."),
    ("casualties", False, "The minister recalled that the first war between the two states left thousands dead."),
    ("casualties", True, "The drone hit an apartment block and injured no fewer than twelve people."),
    ("casualties", True, "A series of drone strikes killed four people in Kherson overnight."),
    ("casualties", True, "An artillery shell killed two farmers in a field near Nikopol, officials said."),
]

# Fourth round: a precision/recall probe of the whole rule set, written without looking at any
# corpus text (ordinary wire sentences across settings; a few are known misses, see the
# round's report).
PROBES = [
    ("military_aid", False, "The European Union approved 50 million euros for flood reconstruction in Bosnia."),
    ("military_aid", False, "Japan sent a team of doctors and medical supplies to earthquake-hit Turkey."),
    ("military_aid", False, "The World Food Programme delivered 2,000 tonnes of wheat to Sudan by truck."),
    ("military_aid", False, "The Indian army ordered 300 light tanks from a domestic manufacturer."),
    ("military_aid", False, "Rheinmetall shares rose after it won an order for ammunition from the Dutch army."),
    ("military_aid", False, "The Swedish government raised its defence budget to buy fighter jets for its air force."),
    ("military_aid", False, "The striker was the club's secret weapon in the cup run, the coach said."),
    ("military_aid", False, "Police seized 40 rifles and ammunition from a drug cartel in a raid."),
    ("military_aid", False, "The ministry bought 12 helicopters for mountain rescue teams."),
    ("military_aid", False, "Norway pledged $200 million to rebuild schools and hospitals in Gaza."),
    ("military_aid", False, "Turkey's defence exports rose 20 percent last year, led by drones sold to Gulf states."),
    ("military_aid", False, "Pakistan test-fired a new ballistic missile, the army said."),
    ("military_aid", False, "The coast guard received two new patrol boats built at a local shipyard."),
    ("military_aid", False, "Firefighters from Greece helped Albanian crews battle wildfires with water-dropping aircraft."),
    ("military_aid", True, "The Netherlands will deliver six more F-16s to Romania's training centre for Ukrainian pilots."),
    ("military_aid", True, "Washington approved the sale of 100 Patriot interceptors to Taiwan financed by a U.S. loan."),
    ("military_aid", True, "Poland has given Ukraine over 300 tanks since the invasion, Polish officials said."),
    ("military_aid", True, "The U.S. will provide $500 million in foreign military financing to the Philippines."),
    ("military_aid", True, "Hungary blocked an EU payment that reimburses members for weapons sent to Kyiv."),
    ("military_aid", True, "French instructors are training Malian soldiers in counter-insurgency tactics."),
    ("military_aid", True, "Turkey supplied Bayraktar drones to Ethiopia's government during the Tigray war, researchers said."),
    ("military_aid", True, "Germany will pay for 12 IRIS-T systems to be built for Ukraine."),
    ("military_aid", True, "Kyiv asked allies for more air defence systems after the overnight attack."),
    ("military_aid", True, "Britain halted arms exports to Israel that could be used in Gaza."),
    ("diplomacy", False, "The mayor met business leaders to discuss the new tram line."),
    ("diplomacy", False, "Union negotiators and the airline reached a wage deal after 20 hours of talks."),
    ("diplomacy", False, "The finance minister met bank chiefs in London on Tuesday."),
    ("diplomacy", False, "Spain beat France 2-1 in the Nations League semi-final."),
    ("diplomacy", False, "Apple and Samsung signed a patent licensing agreement."),
    ("diplomacy", False, "The two parties in the ruling coalition agreed on a new budget."),
    ("diplomacy", False, "The president met flood victims in the southern province."),
    ("diplomacy", False, "Lawmakers from both parties negotiated a compromise on the immigration bill."),
    ("diplomacy", False, "The Brazilian president visited a car factory in Sao Paulo."),
    ("diplomacy", False, "French farmers protested outside parliament over cheap imports."),
    ("diplomacy", False, "The German chancellor warned voters that taxes may rise."),
    ("diplomacy", False, "Italian and Spanish fishermen agreed to share the catch quota."),
    ("diplomacy", True, "Putin and Erdogan discussed the grain corridor by phone on Friday."),
    ("diplomacy", True, "The Chinese foreign minister will visit Berlin next week for talks with his German counterpart."),
    ("diplomacy", True, "Qatar is mediating between Israel and Hamas on a hostage release."),
    ("diplomacy", True, "France summoned the Iranian ambassador over the detention of two French citizens."),
    ("diplomacy", True, "The UN Security Council will meet on Friday to discuss the fighting in Sudan."),
    ("diplomacy", True, "Kyiv rejected Moscow's proposal for a short Easter truce."),
    ("diplomacy", True, "The United States urged Israel and Hezbollah to respect the ceasefire."),
    ("diplomacy", True, "Armenia and Azerbaijan initialled a peace treaty in Washington."),
    ("casualties", False, "The company killed off its loss-making phone unit."),
    ("casualties", False, "Two hikers died of exposure in the Alps."),
    ("casualties", False, "No one was hurt when the drone crashed into a field."),
    ("casualties", False, "The minister survived a bruising battle in parliament."),
    ("casualties", False, "A fire at a nightclub killed 12 people, officials said, blaming faulty wiring."),
    ("casualties", False, "The film tells the story of soldiers killed at Verdun in 1916."),
    ("casualties", False, "Experts warned a major earthquake could kill thousands in Istanbul."),
    ("casualties", False, "The pilot died when his plane crashed during a training flight."),
    ("casualties", False, "Three climbers were killed by an avalanche on Mont Blanc."),
    ("casualties", True, "A Russian glide bomb killed three people in Zaporizhzhia on Tuesday."),
    ("casualties", True, "Gunmen killed 11 villagers in Plateau state, police said."),
    ("casualties", True, "Israeli strikes killed at least 40 people across Gaza, health officials said."),
    ("casualties", True, "A roadside bomb wounded four soldiers in northern Mali."),
    ("casualties", True, "Two aid workers were among those killed in the shelling of Kherson."),
    ("casualties", True, "Dozens are missing after an attack on a displacement camp in Darfur."),
    ("military_aid", False, "The defence ministry said the new submarines would be delivered to the navy by 2028."),
    ("military_aid", False, "Saab delivered the first Gripen jets to the Swedish air force under a 2019 contract."),
    ("military_aid", False, "Germany's Bundeswehr took delivery of its first Arrow 3 interceptors."),
    ("military_aid", False, "Ukraine's own arms makers produced a record number of drones last year."),
    ("military_aid", False, "The United Nations sent peacekeepers to monitor the ceasefire line."),
    ("military_aid", False, "The EU pledged 2 billion euros in humanitarian aid for Syria at a donors' conference."),
    ("military_aid", False, "Russian forces used Iranian-designed drones in the attack on Odesa, the air force said."),
    ("military_aid", False, "The charity delivered generators and blankets to front-line villages near Kharkiv."),
    ("military_aid", False, "Farmers received new tractors financed by a World Bank loan."),
    ("military_aid", False, "A cargo ship carrying grain left Odesa for Egypt on Tuesday."),
    ("military_aid", False, "The state arms exporter reported record sales of helicopters to African customers."),
    ("military_aid", False, "Lawmakers debated whether the army needs more tanks, with the vote set for next week."),
    ("military_aid", False, "The navy commissioned two new frigates at a ceremony in Gdansk."),
    ("military_aid", False, "South Korea's Hanwha won a contract to supply K9 howitzers to the Polish army."),
    ("military_aid", True, "Poland will receive 96 Apache helicopters from the United States under a government deal."),
    ("military_aid", True, "Kyiv has asked Seoul for artillery shells, a Ukrainian official said."),
    ("military_aid", True, "Sweden's package includes CV90 infantry fighting vehicles and Archer howitzers for Ukraine."),
    ("military_aid", True, "The Pentagon said it would rush air defence interceptors to Israel."),
    ("military_aid", True, "Iran has supplied Hezbollah with rockets, Israeli officials say."),
    ("military_aid", True, "British instructors have trained more than 50,000 Ukrainian recruits since 2022."),
    ("military_aid", True, "The EU will use profits from frozen Russian assets to buy weapons for Kyiv."),
    ("military_aid", True, "France will lend Ukraine Mirage jets as part of a new agreement."),
    ("military_aid", True, "The U.S. suspended weapons deliveries to Kyiv pending a review of stocks."),
    ("military_aid", True, "Germany rejected calls to send Taurus cruise missiles to Ukraine."),
    ("diplomacy", False, "The prime minister held talks with union leaders over the pension reform."),
    ("diplomacy", False, "The central bank governor met lenders in Washington."),
    ("diplomacy", False, "Microsoft agreed to buy a gaming company for $69 billion."),
    ("diplomacy", False, "The Dutch king opened a new bridge in Rotterdam."),
    ("diplomacy", False, "The president signed the budget into law on Friday."),
    ("diplomacy", False, "The two rival parties agreed to form a coalition government."),
    ("diplomacy", False, "Opposition lawmakers walked out of parliament in protest."),
    ("diplomacy", False, "Ukraine's Olympic team arrived in Paris ahead of the games."),
    ("diplomacy", False, "The German chancellor met flood-hit residents in Bavaria."),
    ("diplomacy", False, "Police and protesters clashed outside the U.S. embassy in Belgrade."),
    ("diplomacy", False, "The French president addressed the nation on television."),
    ("diplomacy", False, "Turkish Airlines and Qatar Airways signed a codeshare agreement."),
    ("diplomacy", True, "Macron hosted Zelensky at the Elysee Palace on Monday."),
    ("diplomacy", True, "Russia expelled two Estonian diplomats in a tit-for-tat move."),
    ("diplomacy", True, "Ukraine and Russia exchanged 95 prisoners of war each, mediated by the UAE."),
    ("diplomacy", True, "Trump said he would speak with Putin on Tuesday."),
    ("diplomacy", True, "The foreign ministers of India and China agreed to resume border talks."),
    ("diplomacy", True, "Hungary blocked an EU statement condemning the attack, diplomats said."),
    ("diplomacy", True, "Beijing warned Washington against arms sales to Taiwan."),
    ("diplomacy", True, "The Kremlin said Putin was open to meeting Zelensky in Istanbul."),
    ("casualties", False, "Losses at the bank widened to 2 billion dollars."),
    ("casualties", False, "Voters dealt a fatal blow to the government's plans."),
    ("casualties", False, "Ten people died when a ferry capsized on Lake Victoria."),
    ("casualties", False, "The army said no soldiers were wounded in the exchange of fire."),
    ("casualties", False, "If the dam fails, thousands could die downstream."),
    ("casualties", False, "The museum honours the victims of the 1932 famine."),
    ("casualties", False, "The striker was injured in training and will miss the final."),
    ("casualties", False, "Two miners were killed in a gas explosion at a coal mine."),
    ("casualties", False, "The government killed the bill after a backlash from farmers."),
    ("casualties", True, "A drone struck a car in Kherson, killing the driver."),
    ("casualties", True, "Three soldiers were wounded when their vehicle hit a landmine."),
    ("casualties", True, "Rebels ambushed a convoy, leaving at least 15 dead."),
    ("casualties", True, "Israeli troops shot dead two Palestinians in Jenin, the health ministry said."),
    ("casualties", True, "Heavy shelling overnight wounded nine civilians in Donetsk."),
    ("casualties", True, "Hamas says 20 hostages are still missing after the strike."),
]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path("/tmp/dev_sentences.jsonl")
    rng = random.Random(7)
    rows = []
    modules = [pools_dev, pools_dev2, pools_dev3]
    if "--no-retired" not in sys.argv:
        modules += [pools_heldout, pools_heldout2, pools_heldout4]
    for pools in modules:
        pos = {"military_aid": pools.MIL_AID, "diplomacy": pools.DIPLOMACY, "casualties": pools.CASUALTIES}
        neg = {"military_aid": pools.MIL_AID_NEG, "diplomacy": pools.DIPLOMACY_NEG,
               "casualties": pools.CASUALTIES_NEG}
        for cat in CATS:
            for t in pos[cat]:
                for _ in range(3):
                    rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": True})
            for t in neg[cat]:
                for _ in range(3):
                    rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": False})
            for t in pools.FILLER:
                rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": False})
    for cat, gold, text in CHECKS + PROBES:
        rows.append({"text": text, "category": cat, "gold": gold})
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} dev sentences to {out}")


if __name__ == "__main__":
    main()
