"""`make bench`: build the generated corpus through the production rebuild, then time the query mix.

Every ratio is against the bare baseline (a plain match over one field) from the
same run, since absolute times depend on the machine and on what else it runs.
"""

import argparse
import datetime
import json
import os
import platform
import time
from pathlib import Path

from tqdm import tqdm

RAW_SAMPLE = 3000


def _machine() -> dict:
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "load_avg_1_5_15": [round(x, 2) for x in load],
    }


def _cpu_seconds() -> dict:
    """CPU used so far by the Elasticsearch node(s) and by this process (all its threads)."""
    import resource

    from search.client import get_client

    stats = get_client().nodes.stats(metric="process")["nodes"].values()
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "node": sum(node["process"]["cpu"]["total_in_millis"] for node in stats) / 1000,
        "python": own.ru_utime + own.ru_stime,
    }


def _concepts() -> int:
    from portal.thesaurus.models import Concept

    return Concept.objects.count()


def build_index(n: int, seed: int) -> dict:
    from search.client import get_client

    from . import corpus, search_api, sizes

    taxonomy = corpus.create_taxonomy(seed)
    generated = corpus.Corpus(n, seed, taxonomy)
    generating = [0.0]

    def pages():
        source = generated.pages()
        while True:
            started = time.perf_counter()
            page = next(source, None)
            generating[0] += time.perf_counter() - started
            if page is None:
                return
            yield page

    loaded = [0.0]  # when the last document was acknowledged: the rest is refresh, merge and alias swap

    with tqdm(total=n, desc="indexing (pages → documents → bulk)", unit="doc", mininterval=5) as bar:

        def progress(done: int) -> None:
            bar.update(done)
            loaded[0] = time.perf_counter()

        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        name = search_api.rebuild(pages(), on_progress=progress)
        finished = time.perf_counter()
        cpu_after = _cpu_seconds()
    indexing_seconds = finished - started - generating[0]
    loading_seconds = loaded[0] - started - generating[0]

    # The same documents (the first ones of the corpus, generated again) through plain _bulk.
    sample_size = min(n, RAW_SAMPLE)
    again = corpus.Corpus(sample_size, seed, taxonomy)
    documents = [
        (p.pk, search_api.derive(p))
        for p in tqdm(again.pages(), total=sample_size, desc="deriving the raw _bulk sample", unit="doc", mininterval=5)
    ]
    raw_index = f"{name}-raw"
    started = time.perf_counter()
    search_api.raw_bulk(raw_index, documents, workers=search_api.bulk_workers())
    raw_seconds = time.perf_counter() - started
    get_client().indices.delete(index=raw_index)

    print("measuring index size (disk usage API)…")
    size = sizes.measure(name, n, generated.raw_full_text_bytes, [d for _, d in documents])
    return {
        "index": name,
        "corpus": generated,
        "indexing_docs_per_s": round(n / indexing_seconds, 1),
        "indexing_seconds": round(indexing_seconds, 1),
        "loading_docs_per_s": round(n / loading_seconds, 1),
        "finishing_seconds": round(finished - loaded[0], 1),
        "generating_seconds": round(generating[0], 1),
        # What the build cost the machine's cores: with both busy, (node + Python) / cores bounds the rate.
        "indexing_cpu_seconds": {
            "node": round(cpu_after["node"] - cpu_before["node"], 1),
            "python": round(cpu_after["python"] - cpu_before["python"] - generating[0], 1),
        },
        "raw_bulk_docs_per_s": round(sample_size / raw_seconds, 1),
        "raw_bulk_sample": sample_size,
        "bulk_workers": search_api.bulk_workers(),
        **size,
    }


def time_queries(mix: list, rounds: int) -> dict:
    from . import search_api, timing

    bodies = []
    for _, query in mix:
        full = search_api.page_request(query)
        query_only = {k: v for k, v in full.items() if k not in ("aggs", "highlight", "suggest")}
        with_aggs = {k: v for k, v in full.items() if k not in ("highlight", "suggest")}
        bodies.append((query_only, with_aggs, full))
    parts = ("query", "+aggregations", "+highlighting", "as sent", "+suggest")
    took = {part: [] for part in parts}
    bare, api, api_took, by_category = [], [], [], {}
    web = timing.WebProcess()
    try:
        for (_, query), body in zip(mix, bodies, strict=True):  # warm-up round, not counted
            timing.took_ms(body[2])
            search_api.page_search_took(query)
            web.get(query)
        with tqdm(total=rounds * len(mix), desc="timing the query mix", unit="query", mininterval=5) as bar:
            for _ in range(rounds):
                for (category, query), (query_only, with_aggs, full) in zip(mix, bodies, strict=True):
                    bare.append(timing.took_ms(search_api.bare_request(query.get("q", "").strip('"'))))
                    took["query"].append(timing.took_ms(query_only))
                    took["+aggregations"].append(timing.took_ms(with_aggs))
                    took["+highlighting"].append(timing.took_ms(full))
                    # The node's request cache would answer the facet counts of a search asked before
                    # (here: in an earlier round), so each timing below starts without it.
                    # The whole page: when nothing was found it also asks for spelling suggestions and
                    # searches again allowing typos (faceted.run, as the page and the API call it).
                    # Timed first after the one-body search: of two searches timed one after the other,
                    # each after a cache clear, the second often took more (0-3 ms p50, either order).
                    # The API comes last, so it is never the one that gains from it.
                    search_api.clear_request_cache()
                    page_took = search_api.page_search_took(query)
                    took["+suggest"].append(page_took)
                    by_category.setdefault(category, []).append(page_took)
                    search_api.clear_request_cache()
                    took["as sent"].append(search_api.msearch_took(query))
                    search_api.clear_request_cache()
                    status, elapsed, answer = web.get(query)
                    if status != 200:
                        raise RuntimeError(f"/api/search/ answered {status} for {query}")
                    api.append(elapsed)
                    api_took.append(answer.get("took_ms", 0))
                    bar.update()
        memory = web.memory_kb()
    finally:
        web.stop()
    page = timing.summary(took["+suggest"])
    bare_summary = timing.summary(bare)
    api_summary = timing.summary(api)
    return {
        "took_p50_ms": page["p50_ms"],
        "took_p95_ms": page["p95_ms"],
        "api_p50_ms": api_summary["p50_ms"],
        "api_p95_ms": api_summary["p95_ms"],
        "bare_p50_ms": bare_summary["p50_ms"],
        "bare_p95_ms": bare_summary["p95_ms"],
        "took_ratio_to_bare": round(page["p50_ms"] / max(bare_summary["p50_ms"], 0.5), 2),
        "api_ratio_to_bare": round(api_summary["p50_ms"] / max(bare_summary["p50_ms"], 0.5), 2),
        "api_run_p50_ms": timing.summary(api_took)["p50_ms"],
        "attribution": {part: timing.summary(samples) for part, samples in took.items()},
        "by_category": {category: timing.summary(samples) for category, samples in by_category.items()},
        "queries": len(mix),
        "rounds": rounds,
        "web_process_memory": memory,
    }


def table(result: dict) -> str:
    s = result["search"]
    bare = max(s["bare_p50_ms"], 0.5)
    lines = [
        f"Zertteushi bench — {result['date']} — N={result['n_docs']} — {result['machine']['cpus']} CPUs, "
        f"load {result['machine']['load_avg_1_5_15']}",
        f"{'':44} {'p50 ms':>8} {'p95 ms':>8} {'× bare':>7}",
        f"{'bare match over one field':44} {s['bare_p50_ms']:8.1f} {s['bare_p95_ms']:8.1f} {1:7.2f}",
    ]
    labels = {
        "query": "results page, one body: query alone",
        "+highlighting": "  +highlighting (the whole search, one body)",
        "as sent": "as sent: hits ‖ facet counts (_msearch)",
        "+suggest": "  +spelling, typo retry: the page's took",
    }
    for part, values in s["attribution"].items():
        label = labels.get(part, f"  {part}")
        lines.append(f"{label:44} {values['p50_ms']:8.1f} {values['p95_ms']:8.1f} {values['p50_ms'] / bare:7.2f}")
    lines.append(
        f"{'GET /api/search/ over HTTP':44} {s['api_p50_ms']:8.1f} {s['api_p95_ms']:8.1f} {s['api_p50_ms'] / bare:7.2f}"
    )
    for category, values in s["by_category"].items():
        lines.append(f"{'  page request, ' + category:44} {values['p50_ms']:8.1f} {values['p95_ms']:8.1f}")
    lines += [
        f"indexing end-to-end {result['indexing_docs_per_s']} docs/s; raw _bulk {result['raw_bulk_docs_per_s']} "
        f"docs/s (ratio {result['indexing_to_raw_ratio']}); loading {result['loading_docs_per_s']} docs/s, then "
        f"{result['finishing_seconds']} s of refresh, merge and alias swap; CPU "
        f"{result['indexing_cpu_seconds']['node']} s in Elasticsearch, {result['indexing_cpu_seconds']['python']} s "
        "in Python (generating the corpus left out)",
        f"index {result['index_bytes_per_doc'] / 1024:.1f} KB/doc without full text; full text adds "
        f"{result['fulltext_bytes_ratio']} × its raw size; distinct terms {result['distinct_terms']}; "
        f"documents tagged with {result['thesaurus_concepts']} thesaurus concepts",
        f"web process memory: {s['web_process_memory']}",
    ]
    return "\n".join(lines)


def main(argv=None) -> dict:
    import django

    django.setup()
    from search.client import is_reachable

    from . import querymix, vocabulary

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", "100000")))
    parser.add_argument("--seed", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "3")))
    parser.add_argument("--out", default="var/bench/latest.json")
    args = parser.parse_args(argv)
    if not is_reachable():
        raise SystemExit("Elasticsearch does not answer; start it with `make node` or set ELASTICSEARCH_URL.")
    started = datetime.datetime.now(datetime.UTC)
    from portal.thesaurus.demo import load_seed

    load_seed()  # the thesaurus that production tags every document with (make run loads it too)
    built = build_index(args.n, args.seed)
    generated = built.pop("corpus")
    mix = querymix.build(generated.samples, vocabulary.vocabularies(args.seed), args.seed)
    result = {
        "date": started.isoformat(timespec="seconds"),
        "machine": _machine(),
        "n_docs": args.n,
        "seed": args.seed,
        "distinct_terms": len(generated.distinct),
        "thesaurus_concepts": _concepts(),
        **built,
        "indexing_to_raw_ratio": round(built["indexing_docs_per_s"] / built["raw_bulk_docs_per_s"], 2),
        "search": time_queries(mix, args.rounds),
    }
    result["machine"]["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    out.write_text(text)
    (out.parent / f"bench-{started:%Y%m%dT%H%M%S}-n{args.n}.json").write_text(text)
    print(table(result))
    return result
