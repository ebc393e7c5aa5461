"""Benchmark of zhpress: `zhpress check` and the MkDocs build on synthetic corpora.

Run by `make bench` (or `python bench/run.py`); about 20-25 minutes on 2 cores
(plus ~1 minute when the corpora must be generated). Steps:

1. Generates synthetic corpora of 10, 100 and 1,000 articles into
   bench/corpora/<n>/ (each a complete project: mkdocs.yml copied with its
   site_url, an empty docs/, data/ with overrides, glossary and
   variants-review copied, and articles/bench-0001/...). Every article is
   built from data/articles/ankang-2017/source.txt: the four sections in a
   shuffled order, the paragraphs of each section shuffled (one dropped at
   random when a section has more than three), every statistic re-drawn (same
   number of digits; years, months, days and identifiers kept), the year
   changed, a title and byline of its own. figures.yaml is written by the
   project's own suggester (`zhpress.figures.suggest` + `merge`); article.yaml
   carries the parsed headings and a distinct `published` date. English texts
   are left out: the seed's English summaries quote the seed's numbers, which
   the synthetic articles no longer have. Generation is cached: a corpus is
   reused while its `.generator` stamp (generator version, seed files, and
   the library modules that decide what the generator writes) is unchanged.
2. Measures, as CPU and wall time (ratios on CPU time, see results.md):
   a. `zhpress check` on 1,000 articles, in-process through the library (the
      CLI's sequence: load_project, check_project, drift statuses,
      unreviewed_count; the article cache cleared before each run), against
      the libraries underneath: every YAML file read with libyaml
      (CSafeLoader) and every source converted by OpenCC (s2tw, s2hk) once.
      Best of 3 each.
   b. The plugin's share of `mkdocs build` on 10 and 100 articles: the full
      build against a plain build of the same generated pages (render_site per
      language with the plugin's Lang settings) with the same theme, nav,
      CSS/JS and search, and no zhpress plugin.
   c. Growth: build time per page at 100 articles against 10 articles, and
      one full build of 1,000 articles (all languages) against 10.
   Then the cost of the navigation (the plain source-language pages built
   with the full nav, Material's navigation.prune, zhpress's per-article nav
   and no nav), and cProfile of the 10- and 100-article builds
   (bench/profile-100.txt; raw profiles in bench/corpora/<n>/profile.prof).
3. Writes bench/results.md.

Options: --skip-builds (only the corpora and the check), --no-profile,
--no-large (skip the 1,000-article build, ~11 minutes), --cli (also time
`python -m zhpress.cli check` once).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SCRIPTS = REPO / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import yaml  # noqa: E402

from zhpress.parser.document import parse_article  # noqa: E402

GENERATOR_VERSION = "3"
CORPORA = BENCH / "corpora"
SEED_DIR = REPO / "data" / "articles" / "ankang-2017"
SHARED_DATA = ("overrides.yaml", "glossary.yaml", "variants-review.yaml")
# Library modules whose behaviour decides what the generator writes (figures.yaml, headings).
GENERATOR_INPUTS = (
    [SEED_DIR / "source.txt", SEED_DIR / "article.yaml", REPO / "mkdocs.yml"]
    + [REPO / "data" / name for name in SHARED_DATA]
    + [
        SCRIPTS / "zhpress" / name
        for name in ("suggest.py", "numbers.py", "article.py", "parse.py", "parse_lines.py", "patterns.py")
    ]
)
SIZES = (10, 100, 1000)
CHECK_SIZE = 1000
REPEATS = 3  # check and its baseline: best of 3
BUILD_REPEATS = {
    10: 5,
    100: 1,
}  # plugin and plain builds, interleaved; best of n (a 10-article build takes ~6 s: noise is a large share)
SEPARATE_PLAIN = {10}  # also build the plain pages as one `mkdocs build` subprocess per language
LARGE_BUILD = 1000  # one full build with the plugin, for growth at the size of a newsroom's archive
PROFILE_SIZES = (10, 100)  # 10 only to compare time per page with 100
TARGETS = {"check": 3.0, "plugin_share": 0.10, "growth": 1.3}

START = time.perf_counter()


def say(message: str) -> None:
    sample_load()
    print(f"[{time.perf_counter() - START:7.1f}s] {message}", flush=True)


# --- 1. corpora -----------------------------------------------------------------

PLACES = ["汉滨", "汉阴", "石泉", "宁陕", "紫阳", "岚皋", "平利", "镇坪", "旬阳", "白河"]
MOTTOS = [
    "红色引擎",
    "绿色崛起",
    "秦巴明珠",
    "红色堡垒",
    "初心使命",
    "先锋旗帜",
    "红色基因",
    "党旗飘扬",
    "基层堡垒",
    "人才高地",
]
CLAIMS = [
    "激活发展新动能",
    "引领追赶超越",
    "助力脱贫攻坚",
    "凝聚奋进力量",
    "筑牢基层根基",
    "点燃创业激情",
    "汇聚人才活力",
    "护航绿色崛起",
    "彰显使命担当",
    "书写时代答卷",
]
BYLINES = ["通讯员 汪西平 石为径", "记者 张明 通讯员 李华", "通讯员 王磊", "本报记者 陈静 刘洋", "通讯员 赵强 周敏"]
NUMBER = re.compile(r"\d+(?:\.\d+)?")
KEEP_AFTER = tuple("年月日号")  # years, dates and durations stay as written


def generator_stamp(n: int) -> dict:
    digest = hashlib.sha256()
    for path in GENERATOR_INPUTS:
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return {"version": GENERATOR_VERSION, "articles": n, "inputs": digest.hexdigest()[:16]}


def _random_digits(rng: random.Random, count: int, first_nonzero: bool, last_nonzero: bool) -> str:
    digits = [str(rng.randint(0, 9)) for _ in range(count)]
    if first_nonzero:
        digits[0] = str(rng.randint(1, 9))
    if last_nonzero:
        digits[-1] = str(rng.randint(1, 9))
    return "".join(digits)


def vary_numbers(text: str, rng: random.Random) -> str:
    """Every statistic gets other digits (same count); years, dates and long identifiers stay."""

    def repl(match: re.Match) -> str:
        quote = match.group(0)
        if text[match.end() : match.end() + 1].startswith(KEEP_AFTER):
            return quote
        whole, dot, frac = quote.partition(".")
        if not dot and len(whole) >= 5:  # a hotline or code (12380)
            return quote
        new = _random_digits(rng, len(whole), first_nonzero=len(whole) > 1 or not dot, last_nonzero=False)
        if dot:
            new += "." + _random_digits(rng, len(frac), first_nonzero=False, last_nonzero=True)
        return new

    return NUMBER.sub(repl, text)


def seed_material() -> dict:
    text = (SEED_DIR / "source.txt").read_text(encoding="utf-8")
    article = parse_article(text)
    meta = yaml.safe_load((SEED_DIR / "article.yaml").read_text(encoding="utf-8"))
    curated = {s["heading"]: s for s in meta["sections"]}
    sections = []
    for section in article.sections:
        entry = curated.get(section.title, {})
        sections.append(
            {
                "heading": section.heading.text,
                "slug": entry.get("slug"),
                "title_en": entry.get("title_en", section.title),
                "paragraphs": [p.text for p in section.paragraphs],
            }
        )
    return {
        "lead": [b.text for b in article.lead],
        "closing": [b.text for b in article.closing],
        "sections": sections,
        "meta": meta,
    }


def article_text(index: int, seed: dict, rng: random.Random) -> tuple[str, list[dict], dict]:
    """(source text, sections in order, article facts) of synthetic article number `index` (1-based)."""
    place = PLACES[(index - 1) % 10]
    motto = MOTTOS[((index - 1) // 10) % 10]
    claim = CLAIMS[((index - 1) // 100) % 10]
    year = 2008 + (index * 7) % 16
    title = f"{place}“{motto}”{claim}"
    lines = [title, f"{title}——{year}年我市党建引领追赶超越综述", rng.choice(BYLINES)]

    def body(paragraph: str) -> str:
        return vary_numbers(paragraph.replace("2017", str(year)), rng)

    lines += [body(p) for p in seed["lead"]]
    sections = list(seed["sections"])
    rng.shuffle(sections)
    for section in sections:
        paragraphs = list(section["paragraphs"])
        rng.shuffle(paragraphs)
        if len(paragraphs) > 3 and rng.random() < 0.5:
            paragraphs.pop(rng.randrange(len(paragraphs)))
        lines.append(section["heading"])
        lines += [body(p) for p in paragraphs]
    lines += [body(p) for p in seed["closing"]]
    return "\n".join(lines) + "\n", sections, {"title": title, "year": year, "place": place}


def write_article(folder: Path, index: int, seed: dict) -> int:
    """Write one synthetic article (source.txt, article.yaml, figures.yaml); returns its figure count."""
    from zhpress.figures.suggest import merge, suggest
    from zhpress.io.yamlfile import dump_yaml
    from zhpress.project import load_article

    rng = random.Random(f"zhpress-bench-{index}")
    slug = f"bench-{index:04d}"
    directory = folder / slug
    directory.mkdir(parents=True)
    text, sections, facts = article_text(index, seed, rng)
    parsed = parse_article(text)
    headings = [s.title for s in parsed.sections]
    if headings != [s["heading"].strip() for s in sections] or parsed.warnings:
        raise RuntimeError(f"{slug}: the generated text parses into {headings} ({parsed.warnings})")
    (directory / "source.txt").write_text(text, encoding="utf-8")
    published = dt.date(2010, 1, 1) + dt.timedelta(days=3 * index)
    meta = {
        "slug": slug,
        "title_en": f"Synthetic article {index}: {facts['place']}",
        "subtitle_en": f"Party building in {facts['year']} (benchmark corpus, generated from ankang-2017)",
        "byline_en": "Benchmark generator",
        "publication": None,
        "published": published.isoformat(),
        "period": str(facts["year"]),
        "place_en": seed["meta"].get("place_en"),
        "sections": [{"slug": s["slug"], "heading": s["heading"].strip(), "title_en": s["title_en"]} for s in sections],
    }
    (directory / "article.yaml").write_text(
        "# Synthetic benchmark article (bench/run.py); generated from ankang-2017.\n" + dump_yaml(meta),
        encoding="utf-8",
    )
    article = load_article(directory)
    candidates = suggest(article)
    for candidate in candidates:
        if candidate.verdict == "figure" and not candidate.label_zh:
            candidate.label_zh = candidate.quote
    added, _ = merge(directory / "figures.yaml", None, article.source, candidates)
    return len(added)


def ensure_corpus(n: int, seed: dict) -> Path:
    root = CORPORA / str(n)
    stamp = generator_stamp(n)
    stamp_file = root / ".generator"
    if stamp_file.exists():
        try:
            if json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
                say(f"corpus {n}: cached ({root.relative_to(REPO)})")
                return root
        except ValueError:
            pass
    say(f"corpus {n}: generating {n} articles …")
    tmp = CORPORA / f".tmp-{n}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "docs").mkdir(parents=True)
    (tmp / "data" / "articles").mkdir(parents=True)
    shutil.copy2(REPO / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in SHARED_DATA:
        if (REPO / "data" / name).exists():
            shutil.copy2(REPO / "data" / name, tmp / "data" / name)
    figures = 0
    for index in range(1, n + 1):
        figures += write_article(tmp / "data" / "articles", index, seed)
        if index % 200 == 0:
            say(f"  … {index}/{n}")
    (tmp / ".generator").write_text(json.dumps(stamp), encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    os.replace(tmp, root)
    say(f"corpus {n}: {n} articles, {figures} figures")
    return root


# --- timing -----------------------------------------------------------------------------

LOADS: list[float] = []  # 1-minute load averages sampled during the run


def sample_load() -> None:
    try:
        LOADS.append(os.getloadavg()[0])
    except OSError:
        pass


def child_env() -> dict:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(SCRIPTS)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], cwd: Path, what: str) -> tuple[float, float, str]:
    """Run a child process; (wall seconds, CPU seconds of the child, stdout)."""
    sample_load()
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=child_env(), capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    sample_load()
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return wall, cpu, done.stdout


class Clock:
    """Wall and CPU time of the current process, per named stage."""

    def __init__(self):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._w, self._c = time.perf_counter(), time.process_time()
        self._w0, self._c0 = self._w, self._c

    def lap(self, name: str) -> None:
        w, c = time.perf_counter(), time.process_time()
        self.wall[name], self.cpu[name] = w - self._w, c - self._c
        self._w, self._c = w, c

    def total(self) -> None:
        self.wall["total"] = time.perf_counter() - self._w0
        self.cpu["total"] = time.process_time() - self._c0


# --- 2a. zhpress check against libyaml + OpenCC --------------------------------


def check_in_process(data_dir: Path) -> dict:
    """The work of `zhpress check` (cli.check), through the library, timed per stage."""
    from zhpress import project as project_module
    from zhpress.checks import check_project
    from zhpress.siteconfig import read_site_settings
    from zhpress.translations.drift import drift_problems, statuses
    from zhpress.variants.review import unreviewed_count

    project_module._ARTICLE_CACHE.clear()  # load_project caches articles (stamps, content hash): measure a cold load
    gc.collect()
    sample_load()
    clock = Clock()
    project = project_module.load_project(data_dir)
    clock.lap("load_project")
    problems = check_project(project)
    clock.lap("check_project")
    settings = read_site_settings(data_dir.resolve().parent)
    problems += drift_problems(
        statuses(project, settings.docs_dir, settings.locales), "error" if settings.drift == "error" else "warning"
    )
    clock.lap("drift")
    pending = unreviewed_count(project, project.data_dir)
    clock.lap("unreviewed_count")
    clock.total()
    errors = [p for p in problems if p.severity == "error"]
    return {
        "wall": clock.wall,
        "cpu": clock.cpu,
        "articles": len(project.articles),
        "errors": len(errors),
        "figures": sum(len(a.figures.figures) for a in project.articles if a.figures),
        "warnings": len(problems) - len(errors),
        "first_errors": [str(p) for p in errors[:5]],
        "unreviewed": pending,
    }


def baseline(data_dir: Path) -> dict:
    """What the libraries underneath need: libyaml on every YAML file, OpenCC on every source once per variant."""
    import opencc

    gc.collect()
    sample_load()
    clock = Clock()
    yaml_files = sorted(data_dir.rglob("*.yaml"))
    for path in yaml_files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    clock.lap("yaml")
    converters = [opencc.OpenCC("s2tw.json"), opencc.OpenCC("s2hk.json")]
    sources = sorted((data_dir / "articles").glob("*/source.txt"))
    chars = 0
    for path in sources:
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        for converter in converters:
            converter.convert(text)
    clock.lap("opencc")
    clock.total()
    return {
        "wall": clock.wall,
        "cpu": clock.cpu,
        "yaml_files": len(yaml_files),
        "yaml_bytes": sum(p.stat().st_size for p in yaml_files),
        "sources": len(sources),
        "chars": chars,
    }


def jieba_baseline(data_dir: Path) -> dict:
    """jieba over every source once: a library `unreviewed_count` also needs (informational, not in the baseline)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    clock = Clock()
    for path in sorted((data_dir / "articles").glob("*/source.txt")):
        list(jieba.cut(path.read_text(encoding="utf-8")))
    clock.total()
    return {"wall": clock.wall["total"], "cpu": clock.cpu["total"]}


def check_cli(corpus: Path) -> dict:
    cpu0, t0 = children_cpu(), time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "zhpress.cli", "check", "--data", str(corpus / "data"), "--no-warnings"],
        cwd=corpus,
        env=child_env(),
        capture_output=True,
        text=True,
    )
    wall, cpu = time.perf_counter() - t0, children_cpu() - cpu0
    last = (done.stdout.strip() or done.stderr.strip()).splitlines()[-1:] or [""]
    return {"wall": wall, "cpu": cpu, "status": f"exit {done.returncode}: {last[0]}"}


def best(runs: list[dict], kind: str) -> dict[str, float]:
    """Per stage, the minimum over runs of `kind` ("wall" or "cpu") seconds."""
    return {stage: min(r[kind][stage] for r in runs) for stage in runs[0][kind]}


def measure_check(corpus: Path, with_cli: bool) -> dict:
    data_dir = corpus / "data"
    runs, bases = [], []
    for attempt in range(REPEATS):
        runs.append(check_in_process(data_dir))
        r = runs[-1]
        say(
            f"check (in-process) {attempt + 1}/{REPEATS}: {r['wall']['total']:.2f}s wall, {r['cpu']['total']:.2f}s CPU "
            f"(load {r['cpu']['load_project']:.2f}, check {r['cpu']['check_project']:.2f}, drift "
            f"{r['cpu']['drift']:.2f}, unreviewed {r['cpu']['unreviewed_count']:.2f} CPU); {r['errors']} error(s)"
        )
        bases.append(baseline(data_dir))
        b = bases[-1]
        say(
            f"baseline (libyaml + OpenCC) {attempt + 1}/{REPEATS}: {b['wall']['total']:.2f}s wall, "
            f"{b['cpu']['total']:.2f}s CPU (yaml {b['cpu']['yaml']:.2f}, opencc {b['cpu']['opencc']:.2f} CPU)"
        )
    result = {
        "runs": runs,
        "bases": bases,
        "check_wall": best(runs, "wall"),
        "check_cpu": best(runs, "cpu"),
        "base_wall": best(bases, "wall"),
        "base_cpu": best(bases, "cpu"),
        "last": runs[-1],
        "base_info": bases[-1],
    }
    result["jieba"] = jieba_baseline(data_dir)
    say(f"jieba over every source once (informational): {result['jieba']['cpu']:.2f}s CPU")
    if with_cli:
        result["cli"] = check_cli(corpus)
        say(f"check (CLI subprocess): {result['cli']['wall']:.2f}s wall — {result['cli']['status']}")
    return result


# --- 2b/c. builds ------------------------------------------------------------------


def site_variants(corpus: Path) -> tuple[dict, list]:
    from zhpress.mkdocs.languages import variants_from_config

    config = yaml.safe_load((corpus / "mkdocs.yml").read_text(encoding="utf-8"))
    options = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "zhpress" in plugin:
            options = plugin["zhpress"] or {}
    return config, variants_from_config(options.get("variants") or [])


# A plain MkDocs hook giving every page the navigation the plugin gives it with `navigation: article`
# (zhpress.mkdocs.navigation): the plain build then renders the same sidebar as the plugin's build.
NAV_HOOK = """from zhpress.mkdocs.navigation import NavigationPlan

_plan = None


def on_page_context(context, page, config, nav):
    global _plan
    if _plan is None or _plan.nav is not nav:
        _plan = NavigationPlan(nav)
    context["nav"] = _plan.for_page(page)
    return context
"""


def site_navigation(config: dict) -> str:
    """The plugin's `navigation` option in a corpus's mkdocs.yml ("article" unless set)."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "zhpress" in plugin:
            return (plugin["zhpress"] or {}).get("navigation", "article")
    return "article"


def write_plain(corpus: Path) -> tuple[list[Path], dict[str, int]]:
    """Write the plugin's generated pages of every language as a plain MkDocs project; returns the configs.

    Pages and nav come from render_site with the Lang the plugin makes for each language
    (zhpress.mkdocs.languages.make_lang); the configs keep the theme, its features, the
    interface language, markdown extensions, search, the plugin's CSS/JS and a language
    switcher (extra.alternate), and have no zhpress plugin.
    """
    from zhpress.figures.exports import figures_csv, figures_json
    from zhpress.mkdocs.build import ASSETS, CSS_URI, JS_URI
    from zhpress.mkdocs.languages import make_lang
    from zhpress.project import load_project
    from zhpress.render import render_site

    config, variants = site_variants(corpus)
    project = load_project(corpus / "data")
    use_directory_urls = config.get("use_directory_urls", True)
    site_url = config.get("site_url")
    root = corpus / "plain"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    hook = root / "nav_hook.py"
    hook.write_text(NAV_HOOK, encoding="utf-8")
    configs, pages = [], {}
    for variant in variants:
        lang = make_lang(variant, project.overrides, variants[0].root, use_directory_urls)
        site = render_site(project, lang)
        folder = root / variant.locale
        docs = folder / "docs"
        for page in site.pages:
            target = docs / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, encoding="utf-8")
        pages[variant.locale] = len(site.pages)
        for uri in (CSS_URI, JS_URI):
            (docs / uri).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ASSETS / Path(uri).name, docs / uri)
        if variant.is_source:
            (docs / "figures.csv").write_text(figures_csv(project), encoding="utf-8")
            (docs / "figures.json").write_text(figures_json(project), encoding="utf-8")
        plain = {key: value for key, value in config.items() if key not in ("plugins", "nav")}
        plain["site_name"] = variant.site_name or (
            config["site_name"] if variant.english else lang.convert(config["site_name"])
        )
        if site_url:
            plain["site_url"] = site_url.rstrip("/") + "/" + variant.root
        plain["docs_dir"] = "docs"
        plain["theme"] = dict(config.get("theme") or {}, language=variant.ui_language)
        plain["plugins"] = ["search"]
        plain["extra_css"] = list(config.get("extra_css") or []) + [CSS_URI]
        plain["extra_javascript"] = list(config.get("extra_javascript") or []) + [JS_URI]
        base = (site_url or "/").rstrip("/") + "/"
        plain["extra"] = dict(
            config.get("extra") or {},
            alternate=[{"name": v.name, "lang": v.locale, "link": base + v.root} for v in variants],
        )
        plain["nav"] = site.nav
        if site_navigation(config) == "article":
            plain["hooks"] = [str(hook)]
        path = folder / "mkdocs.yml"
        path.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
        configs.append(path)
    return configs, pages


def plain_driver(configs: list[str], out: str) -> None:
    """Child process: build every plain config in one process, as the plugin builds its languages."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    times = {}
    for config in configs:
        locale = Path(config).parent.name
        w, c = time.perf_counter(), time.process_time()
        build(load_config(config_file=config, site_dir=str(Path(out) / locale)))
        times[locale] = {"wall": time.perf_counter() - w, "cpu": time.process_time() - c}
    print(json.dumps(times))


def build_plugin(corpus: Path, out: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu, _ = run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(corpus / "mkdocs.yml"), "-d", str(out)],
        corpus,
        f"mkdocs build of {corpus.name}",
    )
    return {"wall": wall, "cpu": cpu}


def build_plain_separately(configs: list[Path], out: Path) -> dict:
    parts = {}
    for config in configs:
        target = out / config.parent.name
        shutil.rmtree(target, ignore_errors=True)
        wall, cpu, _ = run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(target)],
            config.parent,
            f"plain build {config}",
        )
        parts[config.parent.name] = {"wall": wall, "cpu": cpu}
    return {
        "wall": sum(p["wall"] for p in parts.values()),
        "cpu": sum(p["cpu"] for p in parts.values()),
        "parts": parts,
    }


def build_plain_one_process(configs: list[Path], out: Path) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu, stdout = run(
        [sys.executable, str(Path(__file__).resolve()), "--plain-driver", str(out)] + [str(c) for c in configs],
        REPO,
        "plain driver",
    )
    return {"wall": wall, "cpu": cpu, "parts": json.loads(stdout.strip().splitlines()[-1])}


def _fmt(t: dict) -> str:
    return f"{t['wall']:.2f}s wall, {t['cpu']:.2f}s CPU"


def measure_builds(corpus: Path, repeats: int, separate: bool) -> dict:
    n = corpus.name
    out = corpus / "_out"
    configs, pages = write_plain(corpus)
    total_pages = sum(pages.values())
    plugin, plain_one = [], []
    for attempt in range(repeats):  # interleaved, so a burst of other load hits both sides alike
        plugin.append(build_plugin(corpus, out / "plugin"))
        say(f"build {n} with plugin {attempt + 1}/{repeats}: {_fmt(plugin[-1])} ({total_pages} pages)")
        plain_one.append(build_plain_one_process(configs, out / "plain-one"))
        say(
            f"build {n} plain, one process {attempt + 1}/{repeats}: {_fmt(plain_one[-1])} ("
            + ", ".join(f"{k} {v['cpu']:.2f}" for k, v in plain_one[-1]["parts"].items())
            + " CPU)"
        )
    plain_sep = None
    if separate:
        plain_sep = build_plain_separately(configs, out / "plain-sep")
        say(f"build {n} plain, one `mkdocs build` per language: {_fmt(plain_sep)}")
    built = sum(1 for _ in (out / "plugin").rglob("index.html"))
    shutil.rmtree(out, ignore_errors=True)
    config, _ = site_variants(corpus)
    return {
        "pages": pages,
        "total_pages": total_pages,
        "html_pages": built,
        "features": list((config.get("theme") or {}).get("features") or []),
        "navigation": site_navigation(config),
        "plugin": {k: min(r[k] for r in plugin) for k in ("wall", "cpu")},
        "plugin_runs": plugin,
        "plain_one": {k: min(r[k] for r in plain_one) for k in ("wall", "cpu")},
        "plain_one_runs": plain_one,
        "plain_separate": plain_sep,
    }


# --- the navigation's cost: the same plain pages with other navigations -------------------

NAV_VARIANTS = {
    "full": (
        "the site nav as the plugin makes it (every article with its pages), without `navigation.prune`",
        None,
        None,
    ),
    "prune": (
        "the same nav with Material's `navigation.prune` feature (only the current article's part expanded)",
        "navigation.prune",
        None,
    ),
    "article": (
        "zhpress's `navigation: article` (the plugin's default): each page's nav holds the site's "
        "pages and its own article only (zhpress.mkdocs.navigation, applied here by a plain MkDocs hook), "
        "with `navigation.prune`",
        "navigation.prune",
        None,
    ),
    "none": ("no site nav at all (an empty partials/nav.html): the floor", None, ""),
}
NAV_LOCALE = "zh-Hans"


def nav_experiment(corpus: Path) -> dict:
    """Build the source language's plain pages with each navigation of NAV_VARIANTS (CPU s, wall s)."""
    source = corpus / "plain" / NAV_LOCALE
    config = yaml.safe_load((source / "mkdocs.yml").read_text(encoding="utf-8"))
    results = {}
    for name, (_, feature, partial) in NAV_VARIANTS.items():
        variant = dict(config)
        theme = dict(config["theme"])
        theme["features"] = [f for f in theme.get("features") or [] if f != "navigation.prune"]
        if feature:
            theme["features"].append(feature)
        variant.pop("hooks", None)
        if name == "article":
            variant["hooks"] = [str(corpus / "plain" / "nav_hook.py")]
        if partial is not None:
            overrides = corpus / "plain" / f"nav-{name}"
            (overrides / "partials").mkdir(parents=True, exist_ok=True)
            (overrides / "partials" / "nav.html").write_text(partial, encoding="utf-8")
            theme["custom_dir"] = str(overrides)
        variant["theme"] = theme
        variant["docs_dir"] = str(source / "docs")
        path = source / f"mkdocs-nav-{name}.yml"
        path.write_text(yaml.safe_dump(variant, allow_unicode=True, sort_keys=False), encoding="utf-8")
        out = corpus / "_out" / f"nav-{name}"
        shutil.rmtree(out, ignore_errors=True)
        wall, cpu, _ = run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(path), "-d", str(out)],
            source,
            f"nav experiment {name}",
        )
        results[name] = {"wall": wall, "cpu": cpu, "html_bytes": sum(p.stat().st_size for p in out.rglob("*.html"))}
        say(f"nav experiment, {corpus.name} articles, {NAV_LOCALE}, nav={name}: {_fmt(results[name])}")
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    return results


# --- profile ------------------------------------------------------------------------

CATEGORIES = [  # (label, test on (filename, function name)) for exclusive (tottime) time
    ("Jinja-compiled Material templates (nav, header, …)", lambda f, n: f.endswith(".html")),
    ("jinja2 runtime", lambda f, n: "/jinja2/" in f),
    ("Python-Markdown + extensions", lambda f, n: "/markdown/" in f or "/pymdownx/" in f),
    ("jieba (search segmentation)", lambda f, n: "/jieba/" in f),
    ("OpenCC (C)", lambda f, n: "opencc" in f.lower() or "opencc" in n.lower()),
    ("zhpress", lambda f, n: "/zhpress/" in f),
    ("Material plugins (search, …)", lambda f, n: "/material/" in f),
    ("MkDocs core", lambda f, n: "/mkdocs/" in f),
    ("PyYAML", lambda f, n: "/yaml/" in f),
    ("C builtins (str, re, json, io, …)", lambda f, n: f == "~"),
    ("other Python (stdlib, babel, …)", lambda f, n: True),
]
KEY_FUNCTIONS = [  # (label, path substring, function name) for cumulative time
    ("mkdocs build, all languages (root build)", "mkdocs/commands/build.py", "build"),
    ("zhpress: nested builds of zh-Hant, zh-HK, en", "zhpress/mkdocs/build.py", "_build_variant"),
    ("mkdocs: _populate_page (Markdown → HTML)", "mkdocs/commands/build.py", "_populate_page"),
    ("mkdocs: _build_page (on_page_context + template + write)", "mkdocs/commands/build.py", "_build_page"),
    ("jinja2: Template.render (whole page template)", "jinja2/environment.py", "render"),
    (
        "jinja2: Context.call (template calls; here almost all are Material's nav-item macros)",
        "jinja2/runtime.py",
        "call",
    ),
    (
        "Material: partials/nav.html root (the site nav; cProfile undercounts this generator, see the nav experiment)",
        "partials/nav.html",
        "root",
    ),
    ("Material: partials/toc.html (the page's table of contents)", "partials/toc.html", "root"),
    ("mkdocs: get_relative_url (mostly nav links)", "mkdocs/utils/__init__.py", "get_relative_url"),
    ("mkdocs: Page.__eq__ (nav active-state tests)", "mkdocs/structure/pages.py", "__eq__"),
    (
        "Material search: on_page_context (HTML parse + jieba per page)",
        "material/plugins/search/plugin.py",
        "on_page_context",
    ),
    ("jieba: cut (Material search + zhpress resegmentation)", "jieba/__init__.py", "cut"),
    ("zhpress: LanguageBuild.__init__ (load, render_site)", "zhpress/mkdocs/build.py", "__init__"),
    ("zhpress: _load_shared (load_project + render_site per language)", "zhpress/mkdocs/build.py", "_load_shared"),
    ("zhpress: render_site", "zhpress/render", "render_site"),
    ("zhpress: load_project", "zhpress/project.py", "load_project"),
    (
        "zhpress: resegment_traditional (search index of zh-Hant, zh-HK)",
        "zhpress/mkdocs/search.py",
        "resegment_traditional",
    ),
    ("zhpress: segment_chinese (search segmentation of zh-Hant, zh-HK)", "zhpress/mkdocs/search.py", "segment_chinese"),
    ("zhpress: page_context (language alternates)", "zhpress/mkdocs/build.py", "page_context"),
    ("zhpress: page_markdown", "zhpress/mkdocs/build.py", "page_markdown"),
    ("zhpress: write_sitemaps", "zhpress/mkdocs/sitemap.py", "write_sitemaps"),
    ("mkdocs: load_config", "mkdocs/config/base.py", "load_config"),
]


def measure_large(corpus: Path) -> dict:
    """One full build of the large corpus with the plugin; pages counted in the output (index.html files)."""
    out = corpus / "_out" / "plugin"
    result = build_plugin(corpus, out)
    result["total_pages"] = sum(1 for _ in out.rglob("index.html"))
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    return result


def profile_build(corpus: Path, write_text: bool) -> dict:
    """cProfile one full build of `corpus`; the raw profile stays in the corpus folder (profile.prof)."""
    out = corpus / "_out" / "profile"
    prof = corpus / "profile.prof"
    shutil.rmtree(out, ignore_errors=True)
    elapsed, _, _ = run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(prof),
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(corpus / "mkdocs.yml"),
            "-d",
            str(out),
        ],
        corpus,
        "profiled build",
    )
    shutil.rmtree(corpus / "_out", ignore_errors=True)
    stats = pstats.Stats(str(prof))
    raw = stats.stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    exclusive = sum(v[2] for v in raw.values())
    categories = {label: 0.0 for label, _ in CATEGORIES}
    templates: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, tt, _ct, _callers) in raw.items():
        for label, test in CATEGORIES:
            if test(file, name):
                categories[label] += tt
                break
        if file.endswith(".html"):
            short = file.split("/templates/")[-1]
            templates[short] = templates.get(short, 0.0) + tt
    keys = []
    for label, where, name in KEY_FUNCTIONS:
        matches = [v for (file, _line, fn), v in raw.items() if fn == name and where in file]
        if matches:
            keys.append((label, max(m[3] for m in matches), sum(m[1] for m in matches)))
    root = next((seconds for label, seconds, _ in keys if label.startswith("mkdocs build")), exclusive)
    result = {
        "wall": elapsed,
        "exclusive": exclusive,
        "root": root,
        "categories": categories,
        "templates": templates,
        "keys": keys,
        "top_tottime": _top(stats, "tottime"),
    }
    if write_text:
        text = io.StringIO()
        text.write(
            f"cProfile of `mkdocs build` (with the zhpress plugin) on the {corpus.name}-article corpus, "
            f"all languages; wall {elapsed:.1f}s under the profiler. Raw profile: "
            f"{prof.relative_to(REPO)}\n\n"
        )
        for key in ("cumulative", "tottime"):
            text.write(f"==== sorted by {key}, top 25 ====\n")
            stream = io.StringIO()
            pstats.Stats(str(prof), stream=stream).sort_stats(key).print_stats(25)
            body = stream.getvalue()
            text.write(body[body.find("   ncalls") :].rstrip() + "\n\n" if "   ncalls" in body else body)
        text.write("==== exclusive time (tottime) by origin; share of the sum of tottime ====\n")
        for label, seconds in sorted(categories.items(), key=lambda kv: -kv[1]):
            text.write(f"{seconds:9.2f}s {100 * seconds / exclusive:5.1f}%  {label}\n")
        text.write("\n==== exclusive time in Jinja-compiled templates, by template ====\n")
        for name, seconds in sorted(templates.items(), key=lambda kv: -kv[1])[:12]:
            text.write(f"{seconds:9.2f}s {100 * seconds / exclusive:5.1f}%  {name}\n")
        text.write("\n==== cumulative time of key functions (calls); share of the root build ====\n")
        for label, seconds, calls in keys:
            text.write(f"{seconds:9.2f}s {100 * seconds / root:5.1f}%  {label} ({calls} calls)\n")
        (BENCH / f"profile-{corpus.name}.txt").write_text(text.getvalue(), encoding="utf-8")
    return result


def _top(stats: pstats.Stats, key: str, count: int = 12) -> list[tuple]:
    stats.sort_stats(key)
    rows = []
    for func in stats.fcn_list[:count]:
        cc, nc, tt, ct, _ = stats.stats[func]
        file, line, name = func
        where = name if file == "~" else f"{_short(file)}:{line}({name})"
        rows.append((where, nc, tt, ct))
    return rows


def _short(file: str) -> str:
    for marker in ("site-packages/", "/scripts/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# --- results ---------------------------------------------------------------------------


def machine() -> dict:
    from importlib import metadata

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(*names: str) -> str:
        for name in names:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
        return "not installed"

    commit = "unknown"
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True
        )
        commit = head.stdout.strip() + (" (+ uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
        "opencc": version("OpenCC", "opencc"),
        "pyyaml": version("PyYAML") + (" (libyaml)" if getattr(yaml, "__with_libyaml__", False) else " (no libyaml)"),
        "jieba": version("jieba"),
        "markdown": version("Markdown"),
        "jinja2": version("Jinja2"),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit,
        "platform": platform.platform(),
    }


def verdict(value: float, target: float) -> str:
    return "meets the target" if value <= target else "**misses the target**"


def _row(label: str, t: dict, key: str) -> str:
    return f"| {label} | {t['cpu'][key]:.2f} | {t['wall'][key]:.2f} |"


def write_results(
    info: dict,
    check: dict | None,
    builds: dict,
    navs: dict,
    profiles: dict,
    notes: list[str],
    large_build: dict | None = None,
) -> None:
    load = f"{min(LOADS):.2f}–{max(LOADS):.2f}" if LOADS else "unknown"
    lines = [
        "# zhpress benchmark",
        "",
        f"Generated by `make bench` (bench/run.py, generator v{GENERATOR_VERSION}) on {info['date']}; "
        f"the whole run took {(time.perf_counter() - START) / 60:.1f} min.",
        "",
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores ({info['platform']})",
        f"- Python {info['python']}; mkdocs {info['mkdocs']}; mkdocs-material {info['material']}; "
        f"OpenCC {info['opencc']}; PyYAML {info['pyyaml']}; jieba {info['jieba']}; "
        f"Markdown {info['markdown']}; Jinja2 {info['jinja2']}",
        f"- Library at commit {info['commit']}",
        f"- 1-minute load average sampled during the run: {load} (on {info['cores']} cores; above ~1, "
        "other processes shared the CPU and wall times are inflated)",
        "",
        "Every time is given as CPU seconds (user + system of the process doing the work: the bench "
        "process for in-process work, the child for subprocesses) and wall seconds. The ratios use CPU "
        "time, which other load on a shared machine disturbs far less than wall time; on an idle machine "
        "the two agree within a few percent (all the work is single-threaded).",
        "",
        "## Corpora",
        "",
        "bench/corpora/<n>/ (git-ignored): synthetic articles made from data/articles/ankang-2017 "
        "(sections and paragraphs shuffled, statistics re-drawn, figures.yaml by `zhpress.figures.suggest`), "
        "empty docs/, no English texts (their numbers would not match the re-drawn statistics).",
        "",
    ]
    if check:
        last, base = check["last"], check["base_info"]
        cc, cw, bc, bw = check["check_cpu"], check["check_wall"], check["base_cpu"], check["base_wall"]
        ratio, ratio_wall = cc["total"] / bc["total"], cw["total"] / bw["total"]
        lines += [
            f"## a. `zhpress check` on {last['articles']:,} articles against libyaml + OpenCC",
            "",
            f"The corpus checks clean: {last['articles']} articles, {last['figures']:,} figures, "
            f"{last['errors']} error(s), {last['warnings']} warning(s), {last['unreviewed']} unreviewed "
            "conversion(s). The check runs in-process through the library, the same sequence as "
            "`zhpress check` (cli.check): load_project, check_project, drift statuses + drift_problems, "
            "unreviewed_count; load_project's article cache is cleared before each run.",
            "",
            f"| best of {REPEATS} | CPU s | wall s |",
            "|---|---:|---:|",
            _row("**zhpress check** (in-process)", {"cpu": cc, "wall": cw}, "total"),
            _row("… load_project (read + validate all YAML and sources)", {"cpu": cc, "wall": cw}, "load_project"),
            _row(
                "… check_project (figures against the sources, completeness)", {"cpu": cc, "wall": cw}, "check_project"
            ),
            _row("… drift statuses", {"cpu": cc, "wall": cw}, "drift"),
            _row("… unreviewed_count (jieba + OpenCC over every source)", {"cpu": cc, "wall": cw}, "unreviewed_count"),
            _row("**baseline**: libyaml + OpenCC", {"cpu": bc, "wall": bw}, "total"),
            _row(
                f"… yaml.load(CSafeLoader) on {base['yaml_files']:,} YAML files ({base['yaml_bytes'] / 1e6:.1f} MB)",
                {"cpu": bc, "wall": bw},
                "yaml",
            ),
            _row(
                f"… OpenCC s2tw.json + s2hk.json on {base['sources']:,} sources "
                f"({base['chars'] / 1e6:.2f} M characters)",
                {"cpu": bc, "wall": bw},
                "opencc",
            ),
            f"| (informational, not in the baseline) jieba over every source once | "
            f"{check['jieba']['cpu']:.2f} | {check['jieba']['wall']:.2f} |",
        ]
        if check.get("cli"):
            lines.append(
                f"| (informational) CLI subprocess `python -m zhpress.cli check`, once | "
                f"{check['cli']['cpu']:.2f} | {check['cli']['wall']:.2f} |"
            )
        lines += [
            "",
            f"**Ratio check / baseline: {ratio:.2f}× CPU** ({ratio_wall:.2f}× wall); target ≤ "
            f"{TARGETS['check']:.0f}×: {verdict(ratio, TARGETS['check'])}.",
            "",
            "All runs, CPU s (wall s): check "
            + ", ".join(f"{r['cpu']['total']:.2f} ({r['wall']['total']:.2f})" for r in check["runs"])
            + "; baseline "
            + ", ".join(f"{b['cpu']['total']:.2f} ({b['wall']['total']:.2f})" for b in check["bases"])
            + ".",
            "",
        ]
    if builds:
        lines += [
            "## b. The plugin's share of `mkdocs build`",
            "",
            "Full build: `python -m mkdocs build -q` of the corpus; the plugin builds zh-Hans at the root "
            "and zh-Hant, zh-HK and en as nested builds in the same process. Plain build: the same "
            "generated pages (render_site per language with the plugin's Lang settings, make_lang) written "
            "as Markdown, with a plain mkdocs.yml per language — same theme and features, interface "
            "language, nav, markdown extensions, search plugin, the plugin's CSS/JS and a static language "
            "switcher, no zhpress — built in one child process that calls mkdocs' build() once per "
            "language (as the plugin's nested builds do), so start-up and imports count once on both "
            "sides. At 10 articles the plain pages are also built as one `mkdocs build` subprocess per "
            "language (start-up and imports four times).",
            "",
            "| corpus | pages, all languages | plugin build: CPU s (wall) | plain, one process: CPU s (wall) "
            "| plugin adds (CPU) | plugin adds (wall) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for n, b in builds.items():
            pc, pw = b["plugin"]["cpu"], b["plugin"]["wall"]
            qc, qw = b["plain_one"]["cpu"], b["plain_one"]["wall"]
            lines.append(
                f"| {n} articles | {b['total_pages']:,} | {pc:.2f} ({pw:.2f}) | {qc:.2f} ({qw:.2f}) | "
                f"{100 * (pc / qc - 1):+.1f}% | {100 * (pw / qw - 1):+.1f}% |"
            )
        lines.append("")
        for n, b in builds.items():
            runs = (
                f"best of {len(b['plugin_runs'])}; plugin runs "
                + ", ".join(f"{r['cpu']:.2f}" for r in b["plugin_runs"])
                + ", plain runs "
                + ", ".join(f"{r['cpu']:.2f}" for r in b["plain_one_runs"])
                + " CPU s"
            )
            parts = ", ".join(f"{k} {v['cpu']:.2f}" for k, v in b["plain_one_runs"][-1]["parts"].items())
            line = f"- {n} articles: {runs}; plain per-language build() CPU s: {parts}"
            if b["plain_separate"]:
                sep = b["plain_separate"]
                line += (
                    f"; as four `mkdocs build` subprocesses {sep['cpu']:.2f} CPU s ({sep['wall']:.2f} wall), "
                    f"against which the plugin adds {100 * (b['plugin']['cpu'] / sep['cpu'] - 1):+.1f}%"
                )
            lines.append(line + ".")
        shares = "; ".join(
            f"{n} articles {100 * (b['plugin']['cpu'] / b['plain_one']['cpu'] - 1):+.1f}% "
            f"({verdict(b['plugin']['cpu'] / b['plain_one']['cpu'] - 1, TARGETS['plugin_share'])})"
            for n, b in builds.items()
        )
        lines += [
            "",
            f"**What the plugin adds to the build (CPU): {shares}**; target ≤ {100 * TARGETS['plugin_share']:.0f}%.",
            "",
        ]
        if 10 in builds and 100 in builds:
            small, large = builds[10], builds[100]

            def per_page(b: dict, key: str, kind: str = "cpu") -> float:
                return 1000 * b[key][kind] / b["total_pages"]

            growth = per_page(large, "plugin") / per_page(small, "plugin")
            growth_wall = per_page(large, "plugin", "wall") / per_page(small, "plugin", "wall")
            plain_growth = per_page(large, "plain_one") / per_page(small, "plain_one")
            lines += [
                "## c. Growth: build time per page, 100 against 10 articles (all languages)",
                "",
                "| corpus | pages | plugin build CPU s | CPU ms per page | wall ms per page | "
                "plain build CPU s | CPU ms per page |",
                "|---|---:|---:|---:|---:|---:|---:|",
            ]
            for n, b in ((10, small), (100, large)):
                lines.append(
                    f"| {n} | {b['total_pages']:,} | {b['plugin']['cpu']:.2f} | "
                    f"{per_page(b, 'plugin'):.1f} | {per_page(b, 'plugin', 'wall'):.1f} | "
                    f"{b['plain_one']['cpu']:.2f} | {per_page(b, 'plain_one'):.1f} |"
                )
            lines += [
                "",
                f"**Growth of the full build: {growth:.2f}× per page (CPU)**, {growth_wall:.2f}× (wall); "
                f"target ≤ {TARGETS['growth']}×: {verdict(growth, TARGETS['growth'])}. The plain build "
                f"of the same pages grows {plain_growth:.2f}×.",
                "",
                f"**Build time of 100 articles in all languages: {large['plugin']['wall']:.1f}s wall, "
                f"{large['plugin']['cpu']:.1f}s CPU** ({large['total_pages']:,} pages).",
                "",
            ]
            if large_build:
                big = 1000 * large_build["cpu"] / large_build["total_pages"]
                lines += [
                    f"One full build of {LARGE_BUILD:,} articles with the plugin, all languages: "
                    f"**{large_build['wall']:.1f}s wall, {large_build['cpu']:.1f}s CPU** for "
                    f"{large_build['total_pages']:,} pages (index.html files in the output; the 10- and "
                    f"100-article outputs hold {small['html_pages']:,} and {large['html_pages']:,}), "
                    f"{big:.1f} CPU ms per page: **{big / per_page(small, 'plugin'):.2f}× the time per page "
                    f"at 10 articles** ({big / per_page(large, 'plugin'):.2f}× at 100).",
                    "",
                ]
    if navs:
        lines += [
            "## The navigation's cost",
            "",
            f"The plain {NAV_LOCALE} pages (one language, no zhpress plugin) built with four navigations "
            "(one `mkdocs build` each, once):",
            "",
        ]
        for name, (text, _, _) in NAV_VARIANTS.items():
            lines.append(f"- **{name}**: {text}")
        sizes = sorted(navs)
        header = "| nav | " + " | ".join(f"{n} articles: CPU s | ms/page | HTML MB" for n in sizes)
        lines += [
            "",
            header + (" | growth per page |" if len(sizes) > 1 else " |"),
            "|---|" + "---:|---:|---:|" * len(sizes) + ("---:|" if len(sizes) > 1 else ""),
        ]
        for name in NAV_VARIANTS:
            cells = []
            per = []
            for n in sizes:
                r = navs[n][name]
                pages = builds.get(n, {}).get("pages", {}).get(NAV_LOCALE) or 1
                per.append(1000 * r["cpu"] / pages)
                cells.append(f"{r['cpu']:.2f} | {per[-1]:.1f} | {r['html_bytes'] / 1e6:.1f}")
            growth = f" | {per[-1] / per[0]:.2f}× |" if len(sizes) > 1 else " |"
            lines.append(f"| {name} | " + " | ".join(cells) + growth)
        lines.append("")
        if len(sizes) > 1 and builds.get(sizes[0]) and builds.get(sizes[-1]):
            lines += nav_estimate(navs, builds, sizes[0], sizes[-1], measured_large=bool(large_build))
    if profiles.get(100):
        prof = profiles[100]
        lines += [
            "## Profile of the 100-article build",
            "",
            f"cProfile of the full build with the plugin ({prof['wall']:.1f}s wall under the profiler); "
            "the top 25 entries by cumulative and by own time are in bench/profile-100.txt.",
            "",
            "Cumulative time of key functions (share of the whole build under the profiler"
            + (
                "; the last columns compare the time per generated page with the 10-article build"
                if profiles.get(10)
                else ""
            )
            + "):",
            "",
        ]
        small = {label: (seconds, calls) for label, seconds, calls in profiles[10]["keys"]} if profiles.get(10) else {}
        pages_large = builds.get(100, {}).get("total_pages") or 1
        pages_small = builds.get(10, {}).get("total_pages") or 1
        if small:
            lines += [
                "| function | s | share | calls | ms/page at 100 | ms/page at 10 | growth |",
                "|---|---:|---:|---:|---:|---:|---:|",
            ]
        else:
            lines += ["| function | s | share | calls |", "|---|---:|---:|---:|"]
        for label, seconds, calls in prof["keys"]:
            row = f"| {label} | {seconds:.1f} | {100 * seconds / prof['root']:.1f}% | {calls} |"
            if small:
                per_large = 1000 * seconds / pages_large
                per_small = 1000 * small.get(label, (0, 0))[0] / pages_small
                growth = f"{per_large / per_small:.2f}×" if per_small > 0.05 else "–"
                row += f" {per_large:.2f} | {per_small:.2f} | {growth} |"
            lines.append(row)
        lines += ["", "Own (exclusive) time by origin:", "", "| origin | s | share |", "|---|---:|---:|"]
        for label, seconds in sorted(prof["categories"].items(), key=lambda kv: -kv[1]):
            lines.append(f"| {label} | {seconds:.1f} | {100 * seconds / prof['exclusive']:.1f}% |")
        lines += [
            "",
            "Top 12 by own time:",
            "",
            "| function | calls | tottime (s) | cumtime (s) |",
            "|---|---:|---:|---:|",
        ]
        for where, nc, tt, ct in prof["top_tottime"]:
            lines.append(f"| `{where}` | {nc} | {tt:.2f} | {ct:.2f} |")
        lines.append("")
    if notes:
        lines += ["## Notes", ""] + [f"- {note}" for note in notes] + [""]
    (BENCH / "results.md").write_text("\n".join(lines), encoding="utf-8")


def nav_estimate(navs: dict, builds: dict, small: int, large: int, measured_large: bool = False) -> list[str]:
    """Split the source-language build into start-up, per-page work and nav, and extrapolate to 1,000 articles."""
    p1 = builds[small]["pages"][NAV_LOCALE]
    p2 = builds[large]["pages"][NAV_LOCALE]
    none1, none2 = navs[small]["none"]["cpu"], navs[large]["none"]["cpu"]
    per_page = (none2 - none1) / (p2 - p1)  # work per page without nav
    fixed = none1 - p1 * per_page  # start-up, theme, search set-up
    p3 = p2 + (1000 - large) * (p2 - p1) / (large - small)
    share = builds[large]["plugin"]["cpu"] / builds[large]["plain_one"]["cpu"]
    languages = len(builds[large]["pages"])
    features = builds[large].get("features") or []
    lines = [
        f"Reading ({NAV_LOCALE}, CPU): start-up ≈ {fixed:.1f}s per build and page work without nav ≈ "
        f"{1000 * per_page:.1f} ms per page, the same at both sizes; the nav's cost per page (build time "
        "minus the no-nav build, per page) grows with the number of articles in the nav, i.e. the build "
        "grows with the square of the corpus unless the nav per page is bounded. Extrapolated linearly "
        f"(nav per page) to 1,000 articles (~{p3:,.0f} pages per language):",
        "",
        f"| nav | nav ms/page at {small} | at {large} | est. at 1,000 | est. min per language at 1,000 | "
        f"est. min, whole site with the plugin (×{languages} languages, ×{share:.2f}) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in NAV_VARIANTS:
        nav1 = (navs[small][name]["cpu"] - none1) / p1
        nav2 = (navs[large][name]["cpu"] - none2) / p2
        nav3 = max(0.0, nav2 + (nav2 - nav1) / (large - small) * (1000 - large))
        one = fixed + p3 * (per_page + nav3)
        lines.append(
            f"| {name} | {1000 * nav1:.1f} | {1000 * nav2:.1f} | {1000 * nav3:.1f} | {one / 60:.1f} | "
            f"{one * languages * share / 60:.0f} |"
        )
    if measured_large:
        lines += [
            "",
            f"The extrapolation rests on two sizes and small differences; the {LARGE_BUILD:,}-article build "
            "measured under c. is the real figure for the site's own navigation.",
        ]
    row = (
        "article"
        if builds[large].get("navigation") == "article"
        else "prune"
        if "navigation.prune" in features
        else "full"
    )
    lines += [
        "",
        f"The site's mkdocs.yml at this commit (zhpress `navigation: {builds[large].get('navigation')}`, "
        + ("with" if "navigation.prune" in features else "without")
        + " `navigation.prune`) makes the builds "
        f"in b. and c. use the **{row}** row.",
        "",
    ]
    return lines


# --- main --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-builds", action="store_true", help="only generate and measure the check")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile runs")
    parser.add_argument("--no-large", action="store_true", help=f"skip the {LARGE_BUILD:,}-article build")
    parser.add_argument("--cli", action="store_true", help="also time the CLI subprocess once (adds ~45 s)")
    parser.add_argument("--plain-driver", nargs="+", metavar=("OUT", "CONFIG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain_driver:
        plain_driver(args.plain_driver[1:], args.plain_driver[0])
        return 0
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    info = machine()
    say(
        f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, mkdocs {info['mkdocs']}, "
        f"material {info['material']}, OpenCC {info['opencc']}"
    )
    seed = seed_material()
    CORPORA.mkdir(parents=True, exist_ok=True)
    corpora = {n: ensure_corpus(n, seed) for n in SIZES}
    notes: list[str] = []

    say(f"a. zhpress check on {CHECK_SIZE:,} articles against libyaml + OpenCC")
    check = measure_check(corpora[CHECK_SIZE], with_cli=args.cli)
    for n in SIZES:
        result = check["last"] if n == CHECK_SIZE else check_in_process(corpora[n] / "data")
        say(f"check of corpus {n}: {result['errors']} error(s), {result['warnings']} warning(s)")
        if result["errors"]:
            notes.append(f"corpus {n} has {result['errors']} check error(s): " + " | ".join(result["first_errors"]))

    builds: dict = {}
    large_build: dict | None = None
    navs: dict = {}
    profiles: dict = {}
    if not args.skip_builds:
        for n, repeats in BUILD_REPEATS.items():
            say(f"b/c. builds of {n} articles (best of {repeats})")
            builds[n] = measure_builds(corpora[n], repeats, separate=n == min(BUILD_REPEATS))
            navs[n] = nav_experiment(corpora[n])
        if not args.no_large:
            say(f"c. one build of {LARGE_BUILD:,} articles with the plugin")
            large_build = measure_large(corpora[LARGE_BUILD])
            say(f"build {LARGE_BUILD} with plugin: {_fmt(large_build)} ({large_build['total_pages']} pages)")
        if not args.no_profile:
            for n in PROFILE_SIZES:
                say(f"profile: cProfile of the {n}-article build")
                profiles[n] = profile_build(corpora[n], write_text=n == 100)
            say(f"profile written to {(BENCH / 'profile-100.txt').relative_to(REPO)}")
    write_results(info, check, builds, navs, profiles, notes, large_build)
    say(f"results written to {(BENCH / 'results.md').relative_to(REPO)}")
    print((BENCH / "results.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
