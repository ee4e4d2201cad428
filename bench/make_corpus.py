"""Write a deterministic benchmark corpus of news-length documents as JSONL (id, text, published, source).

Usage: python bench/make_corpus.py [OUT.jsonl] [--documents N] [--seed S]

Every sentence comes from templates and slot lists written here, so the corpus is ours and the
same seed always gives byte-identical output. The mix follows the input the project sees:
60% conflict reports, 20% political or background news without an event, 20% conflict reports
wrapped in website boilerplate (donation widget, reader comments, reply form, related headlines).
Documents are 400-900 words. It measures throughput; it is not an accuracy benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_WORDS, MAX_WORDS = 400, 900
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Theatre:
    """A country with the places, forces and armed groups its reports mention."""

    country: str
    demonym: str
    regions: tuple[tuple[str, tuple[str, ...]], ...]
    """(admin1, towns in it)."""
    forces: tuple[str, ...]
    groups: tuple[str, ...]
    capital: str


THEATRES: tuple[Theatre, ...] = (
    Theatre("Nigeria", "Nigerian", (("Borno", ("Damboa", "Gwoza", "Konduga", "Bama", "Monguno")),
                                    ("Zamfara", ("Gusau", "Shinkafi", "Anka")),
                                    ("Kaduna", ("Kachia", "Zonkwa", "Birnin Gwari"))),
            ("troops", "soldiers", "the army", "air force jets", "police officers"),
            ("ISWAP fighters", "Boko Haram insurgents", "armed bandits", "gunmen"), "Abuja"),
    Theatre("Mali", "Malian", (("Mopti", ("Djenné", "Bandiagara", "Douentza", "Konna")),
                               ("Ségou", ("Niono", "Macina", "San")),
                               ("Gao", ("Ansongo", "Bourem", "Menaka"))),
            ("soldiers", "the army", "army drones", "gendarmes"),
            ("JNIM fighters", "Islamic State Sahel fighters", "gunmen", "Dozo hunters"), "Bamako"),
    Theatre("Burkina Faso", "Burkinabe", (("Sahel", ("Djibo", "Aribinda", "Dori", "Gorom-Gorom")),
                                          ("Centre-Nord", ("Kaya", "Kongoussi", "Barsalogho")),
                                          ("Est", ("Fada N'gourma", "Diapaga", "Gayéri"))),
            ("soldiers", "the army", "volunteer defence fighters", "gendarmes"),
            ("JNIM fighters", "Islamic State fighters", "gunmen on motorbikes"), "Ouagadougou"),
    Theatre("Somalia", "Somali", (("Banaadir", ("Mogadishu",)),
                                  ("Lower Shabelle", ("Afgooye", "Marka", "Wanlaweyn")),
                                  ("Hiraan", ("Beledweyne", "Bulobarde"))),
            ("government troops", "police officers", "special forces", "clan militia fighters"),
            ("al-Shabaab fighters", "militants", "gunmen"), "Mogadishu"),
    Theatre("Syria", "Syrian", (("Idlib", ("Saraqib", "Ariha", "Jisr al-Shughur")),
                                ("Aleppo", ("Al-Bab", "Azaz", "Manbij")),
                                ("Deir ez-Zor", ("Al-Mayadin", "Hajin", "Al-Bukamal"))),
            ("government forces", "Russian jets", "regime artillery", "SDF fighters"),
            ("HTS fighters", "Islamic State cells", "Turkish-backed factions", "gunmen"), "Damascus"),
    Theatre("Iraq", "Iraqi", (("Al Anbar", ("Rutba", "Haditha", "Hit", "Al-Qaim")),
                              ("Diyala", ("Baqubah", "Muqdadiya", "Khanaqin")),
                              ("Kirkuk", ("Hawija", "Daquq", "Dibis"))),
            ("Iraqi troops", "federal police", "the Popular Mobilisation Forces", "army helicopters"),
            ("Islamic State militants", "gunmen", "an Islamic State cell"), "Baghdad"),
    Theatre("Yemen", "Yemeni", (("Taizz", ("Taiz", "Al-Mokha", "Maqbana")),
                                ("Marib", ("Marib", "Harib", "Sirwah")),
                                ("Al Hudaydah", ("Hodeidah", "Hays", "Al-Khawkhah"))),
            ("government forces", "coalition aircraft", "Giants Brigades fighters"),
            ("Houthi fighters", "al-Qaeda militants", "gunmen"), "Aden"),
    Theatre("Democratic Republic of Congo", "Congolese", (("Nord-Kivu", ("Beni", "Butembo", "Rutshuru", "Masisi")),
                                                         ("Ituri", ("Bunia", "Djugu", "Mambasa"))),
            ("FARDC soldiers", "the army", "UN peacekeepers", "police officers"),
            ("ADF rebels", "M23 fighters", "CODECO militiamen", "Mai-Mai fighters"), "Kinshasa"),
    Theatre("Afghanistan", "Afghan", (("Nangarhar", ("Jalalabad", "Achin", "Khogyani")),
                                      ("Kunduz", ("Kunduz", "Imam Sahib")),
                                      ("Helmand", ("Lashkar Gah", "Sangin", "Gereshk"))),
            ("Taliban security forces", "police officers", "intelligence agents"),
            ("Islamic State Khorasan fighters", "gunmen", "National Resistance Front fighters"), "Kabul"),
    Theatre("Colombia", "Colombian", (("Cauca", ("Toribío", "Jambaló", "Suárez", "Argelia")),
                                      ("Norte de Santander", ("Tibú", "El Tarra", "Ocaña")),
                                      ("Antioquia", ("Briceño", "Ituango", "Segovia"))),
            ("soldiers", "police officers", "army troops", "the navy"),
            ("ELN guerrillas", "FARC dissidents", "Clan del Golfo gunmen"), "Bogotá"),
    Theatre("Myanmar", "Myanmar", (("Sagaing", ("Monywa", "Ye-U", "Kalay", "Shwebo")),
                                   ("Magway", ("Gangaw", "Pauk", "Myaing")),
                                   ("Kachin", ("Bhamo", "Hpakant", "Myitkyina"))),
            ("junta troops", "military jets", "the army", "police officers"),
            ("People's Defence Force fighters", "Kachin Independence Army fighters", "resistance fighters"),
            "Naypyidaw"),
    Theatre("Ukraine", "Ukrainian", (("Kharkiv", ("Kupiansk", "Kharkiv", "Vovchansk", "Izium")),
                                     ("Donetsk", ("Pokrovsk", "Kostiantynivka", "Kramatorsk")),
                                     ("Zaporizhzhia", ("Orikhiv", "Huliaipole", "Zaporizhzhia"))),
            ("Ukrainian troops", "Ukrainian air defences", "Ukrainian drones"),
            ("Russian forces", "Russian artillery", "Russian drones"), "Kyiv"),
    Theatre("Kenya", "Kenyan", (("Nairobi", ("Nairobi",)), ("Kisumu", ("Kisumu",)),
                                ("Lamu", ("Lamu", "Mpeketoni", "Witu")), ("Mandera", ("Mandera", "Elwak"))),
            ("police officers", "Kenya Defence Forces troops", "anti-riot police"),
            ("al-Shabaab militants", "gunmen", "cattle raiders"), "Nairobi"),
    Theatre("Mexico", "Mexican", (("Michoacan", ("Apatzingán", "Aguililla", "Tepalcatepec", "Uruapan")),
                                  ("Guerrero", ("Chilpancingo", "Iguala", "Acapulco")),
                                  ("Zacatecas", ("Fresnillo", "Jerez", "Valparaíso"))),
            ("National Guard troops", "state police", "soldiers", "marines"),
            ("cartel gunmen", "armed men", "members of a criminal group"), "Mexico City"),
)

SOURCES = ("Frontline Dispatch", "Regional Monitor", "Conflict Desk", "Daily Courier", "Field Notes",
           "Border Wire", "Evening Ledger", "The Observer Desk", "Crisis Bulletin", "Morning Post")
CLAIMANTS = ("a local official", "a military spokesman", "a police spokesman", "residents", "a hospital source",
             "a human rights group", "the governor's office", "a community leader", "a security source")
WEAPONS = ("rocket-propelled grenades", "heavy machine guns", "assault rifles", "mortars", "explosive drones",
           "a car bomb", "improvised explosive devices")
TIMES = ("before dawn", "early in the morning", "shortly after midday", "in the afternoon", "at dusk",
         "late in the evening", "around midnight")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
COMMENTERS = ("Musa K.", "Amina", "J. Rivera", "Peter O.", "Fatou D.", "Hassan", "Lina", "Oleksandr", "Maria G.",
              "Abdi", "Ko Aung", "Grace", "Tunde A.", "Nour", "Carlos", "Wanjiru")
APPEALS = (
    "Do you like this content? Help us keep reporting from the front lines.",
    "Enjoyed this article? Please consider a small donation.",
    "Independent journalism needs your support. Subscribe today.",
)
COMMENTS = (
    "This has been going on for years and the government keeps promising security.",
    "My family lives near {town}. Pray for them.",
    "The real numbers are always higher than what they announce.",
    "Thank you for reporting what others ignore.",
    "Where is the army when these people need protection?",
    "I don't believe a word of the official statement.",
    "Same story every month. Nothing changes in {region}.",
)


@dataclass(frozen=True)
class Slots:
    """One incident's fillers: where, when, who, how many; the templates below format from it."""

    theatre: Theatre
    region: str
    town: str
    day: str
    time: str
    force: str
    group: str
    killed: int
    injured: int
    claimant: str
    rival_claimant: str
    weapon: str
    year: int

    def fill(self, template: str) -> str:
        """The template with this incident's slots filled in."""
        return template.format(
            country=self.theatre.country, demonym=self.theatre.demonym, region=self.region, town=self.town,
            day=self.day, time=self.time, force=self.force, group=self.group, killed=self.killed,
            injured=self.injured, claimant=self.claimant, rival=self.rival_claimant, weapon=self.weapon,
            year=self.year, more=self.killed + 3 + self.injured // 2, capital=self.theatre.capital,
            Group=self.group[0].upper() + self.group[1:], Force=self.force[0].upper() + self.force[1:],
        )


LEADS = (
    "{Group} attacked a military position in {town}, in {country}'s {region} region, on {day} {time}, "
    "killing {killed} soldiers and wounding {injured}, {claimant} said.",
    "At least {killed} civilians were killed and {injured} injured when {group} opened fire on a market in "
    "{town}, {region}, on {day}, according to {claimant}.",
    "An air strike hit a compound on the outskirts of {town} in {region} on {day} {time}, killing "
    "{killed} people, {claimant} told reporters.",
    "A roadside bomb struck a vehicle carrying {force} near {town} on {day}, killing {killed} and injuring "
    "{injured}, {claimant} said, in the latest such attack in {region}.",
    "{Group} abducted {injured} people from a village near {town} in {region} on {day} {time}, {claimant} said.",
    "Shelling hit residential areas of {town} in {region} on {day}, killing {killed} civilians and wounding "
    "{injured} others, {claimant} said.",
    "At a checkpoint in {town} a suicide bomber detonated his explosive vest on {day}, killing {killed} people including "
    "members of the {demonym} security forces, {claimant} said.",
    "{Force} clashed with {group} for several hours near {town} in {region} on {day}, leaving {killed} dead "
    "on both sides, {claimant} said.",
    "Thousands of people marched through {town} on {day} to protest against insecurity in {region}; "
    "{force} used tear gas to scatter the crowd, {claimant} said.",
    "The {demonym} army said on {day} it had regained control of {town} in {region} after {group} withdrew "
    "following two days of fighting.",
)
DETAILS = (
    "The attackers arrived {time} in several vehicles and used {weapon}, witnesses said. The fighting lasted "
    "about two hours before reinforcements arrived from the regional capital.",
    "Residents said the sound of gunfire could be heard across {town} and that many families fled towards "
    "neighbouring villages, leaving their livestock and belongings behind.",
    "Medical staff in {town} said the wounded included women and children and that the only clinic in the "
    "area was running short of blood and bandages.",
    "The road between {town} and the regional capital was closed for most of the day while security forces "
    "searched the surrounding area, {claimant} added.",
    "Photographs shared on social media showed burnt-out vehicles and damaged houses. Their authenticity could "
    "not be independently verified.",
    "Aid workers said access to {town} remains difficult because of checkpoints and mines on the main roads.",
)
CLAIMS = (
    "{rival} gave a higher toll, saying {more} people had died, and accused the authorities of playing down "
    "the losses.",
    "In a statement, {group} claimed responsibility and said its fighters had killed {more} members of the "
    "{demonym} forces, a figure that could not be verified.",
    "{rival} said the number of dead could rise because several of the wounded were in a critical condition.",
)
QUOTES = (
    "“We heard the first explosions {time} and then shooting everywhere. We hid under the beds until it "
    "stopped,” said a resident of {town} who asked not to be named.",
    "“We have the situation in hand and the perpetrators will be found,” {claimant} said in a statement, "
    "without giving further details.",
    "“People here are tired. Every week there is a new attack and nobody comes to help us,” a trader in "
    "{town} said by telephone.",
)
CONTEXTS = (
    "{Group} have been active in {region} for several years and regularly target both security forces and "
    "civilians accused of cooperating with the government.",
    "The violence in {region} has forced tens of thousands of people from their homes, according to "
    "humanitarian agencies, and many schools and health centres have closed.",
    "The {demonym} authorities have repeatedly announced new operations to secure {region}, but attacks have "
    "continued, particularly along the main roads.",
)
HISTORIES = (
    "In {year}, {group} briefly took control of {town} before being driven out by government forces after "
    "weeks of fighting.",
    "The area saw some of the worst violence of the conflict in {year}, when dozens of villages were burned "
    "and hundreds of people were killed.",
    "A ceasefire agreed in {year} collapsed within months, and fighting in {region} has continued since.",
)
POLITICAL = (
    "Lawmakers in {capital} on {day} debated a draft budget that would increase spending on health and "
    "education by nearly a fifth, the finance minister said.",
    "The electoral commission said voter registration would reopen next month in {region} and other areas "
    "where it had been suspended.",
    "The {demonym} government and international donors met in {capital} to discuss support for displaced "
    "families, with officials saying funding covers less than half of the needs.",
    "Opposition leaders called for a national dialogue and said they would present their proposals to the "
    "president before the end of the year.",
    "Economists expect growth to slow this year as food and fuel prices remain high and the currency weakens.",
    "The ministry of agriculture said the harvest in {region} was expected to be better than last year thanks "
    "to good rains.",
    "Diplomats said talks on a new security framework would resume in {capital} after a pause of several "
    "months.",
    "Teachers' unions threatened to strike over unpaid salaries, saying some staff in {region} had not been "
    "paid since the start of the school year.",
    "A new report by a research centre in {capital} argued that local mediation had done more to reduce "
    "violence in {region} than military operations.",
    "Health officials launched a vaccination campaign aimed at reaching more than a million children in "
    "{region} and neighbouring provinces.",
)
CLOSINGS = (
    "No group had claimed responsibility by the time of publication.",
    "The {demonym} government gave no answer when asked for comment.",
    "An investigation has been opened, {claimant} said.",
)


def slots_for(rng: random.Random, published: dt.date, theatre: Theatre | None = None) -> Slots:
    """Random fillers for one incident in `theatre` (or any), dated 0-6 days before publication."""
    theatre = theatre or rng.choice(THEATRES)
    region, towns = rng.choice(theatre.regions)
    happened = published - dt.timedelta(days=rng.randint(0, 6))
    claimant, rival = rng.sample(CLAIMANTS, 2)
    return Slots(
        theatre=theatre, region=region, town=rng.choice(towns), day=WEEKDAYS[happened.weekday()],
        time=rng.choice(TIMES), force=rng.choice(theatre.forces), group=rng.choice(theatre.groups),
        killed=rng.randint(1, 25), injured=rng.randint(0, 40), claimant=claimant,
        rival_claimant=rival[0].upper() + rival[1:], weapon=rng.choice(WEAPONS),
        year=rng.randint(1995, published.year - 2),
    )


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _grow(rng: random.Random, paragraphs: list[str], pool: list[str], target: int) -> list[str]:
    """Add distinct paragraphs from `pool` until the text reaches `target` words, never past MAX_WORDS."""
    unused = [p for p in dict.fromkeys(pool) if p not in paragraphs]
    rng.shuffle(unused)
    for paragraph in unused:
        if _words(paragraphs) >= target:
            break
        if _words(paragraphs) + len(paragraph.split()) <= MAX_WORDS:
            paragraphs.append(paragraph)
    return paragraphs


def conflict_report(rng: random.Random, published: dt.date, target: int) -> list[str]:
    """A news report of one to three incidents with details, claims, quotes, context and history."""
    paragraphs: list[str] = []
    first = slots_for(rng, published)
    incidents = [first] + [slots_for(rng, published, first.theatre) for _ in range(rng.choice((0, 0, 1, 2)))]
    for slots in incidents:
        paragraphs.append(slots.fill(rng.choice(LEADS)))
        paragraphs.append(slots.fill(rng.choice(DETAILS)))
        paragraphs.append(slots.fill(rng.choice(CLAIMS + QUOTES)))
    pool = [slots.fill(t) for slots in incidents for t in DETAILS + QUOTES + CONTEXTS + HISTORIES + CLOSINGS]
    pool += [incidents[0].fill(t) for t in POLITICAL]
    return _grow(rng, paragraphs, pool, target)


def political_news(rng: random.Random, published: dt.date, target: int) -> list[str]:
    """Politics, economy or aid news from a conflict country with no new violent event."""
    home = slots_for(rng, published)
    places = [home, slots_for(rng, published, home.theatre)]
    pool = [slots.fill(t) for slots in places for t in POLITICAL + CONTEXTS + HISTORIES]
    return _grow(rng, [places[0].fill(rng.choice(POLITICAL))], pool, target)


def with_boilerplate(rng: random.Random, published: dt.date, target: int) -> list[str]:
    """A conflict report as scraped from a blog: widget, banner, caption, appeal, comments, related links."""
    related = [slots_for(rng, published) for _ in range(3)]
    bottom = [rng.choice(APPEALS)]
    for name in rng.sample(COMMENTERS, rng.randint(2, 5)):
        bottom.append(f"{name}\n{published.strftime('%B %d, %Y')} at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm\n"
                      f"{related[0].fill(rng.choice(COMMENTS))}\nReply")
    bottom.append("Leave a Reply\nYour email address will not be published. Fields marked * are required\n"
                  "Comment *\nName *\nEmail *\nPost Comment")
    bottom.append("Related\n" + "\n".join(r.fill(rng.choice(LEADS)).split(",")[0] for r in related))
    top = ["Support our reporting\n$5 $\n$20 $\n$50 $\nOther amount", published.strftime("%B %Y").upper()]
    body = conflict_report(rng, published, max(MIN_WORDS, target) - _words(top + bottom) - 30)
    headline = body[0].split(",")[0]
    body.insert(min(3, len(body)), f"{headline}\n\nPhoto from the scene. Click to see full-size image.")
    return top + [headline] + body + bottom


KINDS = ((conflict_report, 0.6), (political_news, 0.2), (with_boilerplate, 0.2))
"""Each kind of document and its share of the corpus."""


def make_corpus(documents: int, seed: int) -> list[dict[str, str]]:
    """The corpus rows, the same for the same arguments on every machine."""
    rng = random.Random(seed)
    kinds = [kind for kind, share in KINDS for _ in range(round(documents * share))]
    kinds += [KINDS[0][0]] * (documents - len(kinds))
    rng.shuffle(kinds)
    rows = []
    first_day = dt.date(2018, 1, 1).toordinal()
    for number, kind in enumerate(kinds[:documents]):
        published = dt.date.fromordinal(first_day + rng.randint(0, 8 * 365))
        paragraphs = kind(rng, published, rng.randint(MIN_WORDS + 20, MAX_WORDS - 60))
        rows.append({
            "id": f"bench-{number:05d}-{kind.__name__}",
            "text": "\n\n".join(paragraphs) + "\n",
            "published": published.isoformat(),
            "source": rng.choice(SOURCES),
        })
    return rows


def main() -> None:
    """Write the corpus to the path given (bench/corpus.jsonl by default) and print its size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default=str(HERE / "corpus.jsonl"))
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument("--seed", type=int, default=20240501)
    args = parser.parse_args()
    rows = make_corpus(args.documents, args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    words = [len(r["text"].split()) for r in rows]
    print(f"{args.out}: {len(rows)} documents, {min(words)}-{max(words)} words (mean {sum(words) / len(rows):.0f})")


if __name__ == "__main__":
    main()
