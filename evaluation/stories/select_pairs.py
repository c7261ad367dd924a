#!/usr/bin/env python3
"""Select candidate "same event?" article pairs from BBC News and Reuters-21578.

Independent of Reprint: plain TF-IDF cosine, Python standard library only.

  python3 select_pairs.py select   # -> candidates_stats.txt, sample_pairs.tsv (+ excerpts in $STORY_PAIRS_TEXTS)
  python3 select_pairs.py merge    # sample_pairs.tsv + labels_manual.tsv -> story-pairs.tsv
  python3 select_pairs.py closure        # -> closure_candidates.tsv (+ excerpts in $STORY_PAIRS_CLOSURE_TEXTS)
  python3 select_pairs.py merge-closure  # closure_candidates.tsv + closure_labels_manual.tsv -> closure-pairs.tsv

Method
  * tokens: lower-cased [a-z]+ runs of length >= 2, minus STOP (small English stop list)
  * weight: raw term count * log(N / df), vectors L2-normalised, cosine = dot product
  * BBC: all 2,225 texts (title line + body), N = 2,225
  * Reuters: <BODY> (HTML entities unescaped, trailing "Reuter" sign-off removed) with >= 60 tokens
    before stop-word removal; N = number of such bodies
  * candidate pairs: cosine >= 0.15 within a corpus (all pairs are scored exactly, see all_pairs())
  * near-identical pairs (cosine > 0.95) are dropped except NEAR_IDENTICAL_KEEP per corpus
  * stratified sample with random.Random(SEED), see sample()
"""
import collections
import glob
import html
import math
import os
import random
import re
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
# where select writes sample_pairs.tsv / candidates_stats.txt (default: next to this script)
OUT = os.environ.get('STORY_PAIRS_OUT', HERE)
# article excerpts for the annotator; kept out of the repository (the corpora are research-use only)
TEXTS = os.environ.get('STORY_PAIRS_TEXTS', '/tmp/story_pairs_texts.txt')
# the same for the closure pairs (a separate file, so that closure does not overwrite select's excerpts)
CLOSURE_TEXTS = os.environ.get('STORY_PAIRS_CLOSURE_TEXTS', '/tmp/story_pairs_closure_texts.txt')
ROOT = '/work/shared/datasets'
if not os.path.isdir(ROOT):
    ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'datasets'))

SEED = 20240611
MIN_COS = 0.15
NEAR_DUP = 0.95
BANDS = [(0.15, 0.25), (0.25, 0.35), (0.35, 0.50), (0.50, NEAR_DUP)]
PER_BAND = 32                 # per corpus and band
NEAR_IDENTICAL_KEEP = 3       # per corpus, taken from cosine > 0.95
CLOSE_DAYS = 7.0              # Reuters: half of each band <= 7 days apart, half > 7 days
MIN_REUTERS_WORDS = 60

STOP = set("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our ours out over own same she should so some such than
that the their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours said says say mr mrs ms
one two also its it's s t u
""".split())

TOKEN = re.compile(r'[a-z]+')


def tokens(text):
    return [w for w in TOKEN.findall(text.lower()) if len(w) >= 2 and w not in STOP]


# ---------------------------------------------------------------- loading

def load_bbc():
    docs = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'bbc_news', '*', '*.txt'))):
        raw = open(path, 'rb').read()
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            text = raw.decode('latin-1')
        rel = os.path.relpath(path, ROOT).replace(os.sep, '/')
        title = text.strip().split('\n', 1)[0].strip()
        docs[rel] = {'title': title, 'text': text, 'date': None}
    return docs


MONTHS = {m: i + 1 for i, m in enumerate('JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split())}


def parse_date(s):
    """'26-FEB-1987 15:01:01.79'; tolerates extra spaces, trailing junk and a few corrupt times
    such as '605:12:19' (hour taken as its last two digits, clipped to 23)."""
    m = re.search(r'(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d+):(\d{2}):(\d{2})', s)
    h = min(int(m.group(4)[-2:]), 23)
    return datetime(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)), h, int(m.group(5)), int(m.group(6)))


def load_reuters():
    docs = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'reuters21578', 'reut2-0*.sgm'))):
        data = open(path, encoding='latin-1').read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', data, re.S):
            newid, inner = m.group(1), m.group(2)
            body = re.search(r'<BODY>(.*?)</BODY>', inner, re.S)
            if not body:
                continue
            text = html.unescape(body.group(1))
            text = re.sub(r'\s*Reuter\s*[\x03]?\s*$', '', text.strip())
            text = text.replace('\x03', '').strip()
            if len(TOKEN.findall(text.lower())) < MIN_REUTERS_WORDS:
                continue
            title = re.search(r'<TITLE>(.*?)</TITLE>', inner, re.S)
            title = html.unescape(title.group(1)).strip() if title else ''
            date = re.search(r'<DATE>\s*(.*?)\s*</DATE>', inner, re.S).group(1)
            date = parse_date(date)
            docs['reuters-' + newid] = {'title': title, 'text': text, 'date': date}
    return docs


# ---------------------------------------------------------------- tf-idf

def vectors(docs):
    tf = {k: collections.Counter(tokens(d['text'])) for k, d in docs.items()}
    df = collections.Counter()
    for c in tf.values():
        df.update(c.keys())
    n = len(docs)
    idf = {t: math.log(n / d) for t, d in df.items()}
    vec = {}
    for k, c in tf.items():
        v = {t: cnt * idf[t] for t, cnt in c.items() if idf[t] > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec[k] = {t: x / norm for t, x in v.items()}
    return vec, df


def all_pairs(vec, df, min_cos, common_df=800):
    """Exact list of all pairs with cosine >= min_cos.

    Accumulating dot products over an inverted index of *all* terms is too slow in pure Python for
    13k Reuters bodies, so terms are split into rare (df <= common_df) and common ones.  Pairs that
    share a rare term are accumulated on the rare part and then completed exactly with the common
    part.  A pair sharing no rare term has cosine = common part <= |c_i| |c_j| (Cauchy-Schwarz),
    where c_i is the common-term sub-vector; all such pairs whose bound reaches min_cos are also
    scored exactly, so no pair is missed.
    """
    keys = sorted(vec)
    idx = {k: i for i, k in enumerate(keys)}
    rare = {t for t, d in df.items() if d <= common_df}
    post = collections.defaultdict(list)
    common = []
    cnorm = []
    for i, k in enumerate(keys):
        c = {}
        for t, w in vec[k].items():
            if t in rare:
                post[t].append((i, w))
            else:
                c[t] = w
        common.append(c)
        cnorm.append(math.sqrt(sum(w * w for w in c.values())))

    def cdot(i, j):
        a, b = common[i], common[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(t, 0.0) for t, w in a.items())

    out = {}
    # rare-term accumulation, row by row (postings are in increasing i)
    rows = [[] for _ in keys]
    for t, p in post.items():
        for pos, (i, w) in enumerate(p):
            rows[i].append((t, pos, w))
    for i in range(len(keys)):
        acc = collections.defaultdict(float)
        for t, pos, w in rows[i]:
            p = post[t]
            for j, w2 in p[pos + 1:]:
                acc[j] += w * w2
        ci = cnorm[i]
        for j, s in acc.items():
            if s + ci * cnorm[j] < min_cos:
                continue
            cos = s + cdot(i, j)
            if cos >= min_cos:
                out[(keys[i], keys[j])] = cos
    # pairs without a shared rare term that could still reach min_cos
    order = sorted(range(len(keys)), key=lambda i: -cnorm[i])
    extra = 0
    for a_pos, i in enumerate(order):
        if cnorm[i] * cnorm[order[0]] < min_cos:
            break
        for j in order[a_pos + 1:]:
            if cnorm[i] * cnorm[j] < min_cos:
                break
            ki, kj = (keys[i], keys[j]) if i < j else (keys[j], keys[i])
            if (ki, kj) in out:
                continue
            cos = cdot(i, j)
            extra += 1
            if cos >= min_cos:
                # may also share a rare term (then it was already scored above unless pruned,
                # in which case full cosine < min_cos); recompute fully to be safe
                full = sum(w * vec[kj].get(t, 0.0) for t, w in vec[ki].items())
                if full >= min_cos:
                    out[(ki, kj)] = full
    return out, extra


# ---------------------------------------------------------------- sampling

def days_apart(docs, a, b):
    da, db = docs[a]['date'], docs[b]['date']
    if da is None or db is None:
        return None
    return abs((da - db).total_seconds()) / 86400.0


def band_of(c):
    for lo, hi in BANDS:
        if lo <= c < hi or (hi == NEAR_DUP and lo <= c <= hi):
            return '[%.2f,%.2f%s' % (lo, hi, ']' if hi == NEAR_DUP else ')')
    return '>%.2f' % NEAR_DUP if c > NEAR_DUP else None


def sample(docs, pairs, rng, is_reuters):
    """Per band, PER_BAND pairs (Reuters: half <= CLOSE_DAYS apart, half > CLOSE_DAYS; shortfall in
    one half is filled from the other).  Every document is used at most once in the whole sample, and
    documents that are near-identical (> 0.95) to each other count as one document, so that duplicate
    wire copies do not produce repeated pairs.  Plus NEAR_IDENTICAL_KEEP pairs with cosine > 0.95."""
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    for (a, b), c in pairs.items():
        if c > NEAR_DUP:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    used = set()
    chosen = []

    def take(cands, n):
        cands = sorted(cands)
        rng.shuffle(cands)
        got = []
        for (a, b) in cands:
            if len(got) >= n:
                break
            ra, rb = find(a), find(b)
            if ra in used or rb in used or ra == rb and pairs[(a, b)] <= NEAR_DUP:
                continue
            used.add(ra)
            used.add(rb)
            got.append((a, b))
        return got

    # near-identical handful first
    near = [p for p, c in pairs.items() if c > NEAR_DUP]
    nearly = sorted(near)
    rng.shuffle(nearly)
    for (a, b) in nearly[:NEAR_IDENTICAL_KEEP]:
        used.add(find(a))
        chosen.append((a, b))
    for lo, hi in BANDS:
        inband = [p for p, c in pairs.items() if lo <= c < hi or (hi == NEAR_DUP and lo <= c <= hi)]
        if is_reuters:
            close = [p for p in inband if days_apart(docs, *p) <= CLOSE_DAYS]
            far = [p for p in inband if days_apart(docs, *p) > CLOSE_DAYS]
            g_far = take(far, PER_BAND // 2)
            g_close = take(close, PER_BAND - len(g_far))
            if len(g_close) + len(g_far) < PER_BAND:
                g_far += take(far, PER_BAND - len(g_close) - len(g_far))
            chosen += g_far + g_close
        else:
            chosen += take(inband, PER_BAND)
    return chosen


def excerpt(text, n):
    text = re.sub(r'\s+', ' ', text).strip()
    return text if len(text) <= n else text[:n] + ' [...]'


def select():
    rng = random.Random(SEED)
    stats = []
    rows = []
    texts = []
    for name, loader, is_reuters in (('bbc', load_bbc, False), ('reuters', load_reuters, True)):
        docs = loader()
        vec, df = vectors(docs)
        pairs, extra = all_pairs(vec, df, MIN_COS)
        by_band = collections.Counter(band_of(c) for c in pairs.values())
        stats.append('%s: %d documents, %d pairs with cosine >= %.2f (%d extra bound checks)'
                     % (name, len(docs), len(pairs), MIN_COS, extra))
        for b in sorted(by_band):
            line = '  %-14s %8d' % (b, by_band[b])
            if is_reuters:
                far = sum(1 for p, c in pairs.items() if band_of(c) == b and days_apart(docs, *p) > CLOSE_DAYS)
                line += '   (%d more than %g days apart)' % (far, CLOSE_DAYS)
            stats.append(line)
        for a, b in sample(docs, pairs, rng, is_reuters):
            c = pairs[(a, b)]
            d = days_apart(docs, a, b)
            rows.append((a, b, '%.3f' % c, '' if d is None else '%.1f' % d, name, band_of(c)))
            texts.append('=' * 100)
            texts.append('PAIR %s | %s   cos=%.3f  days=%s  band=%s' % (a, b, c, '' if d is None else '%.1f' % d, band_of(c)))
            for k in (a, b):
                dt = docs[k]['date']
                texts.append('--- %s  %s  %s' % (k, dt.strftime('%Y-%m-%d %H:%M') if dt else '', docs[k]['title']))
                texts.append(excerpt(docs[k]['text'], 1500 if is_reuters else 1800))
    rows.sort()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'candidates_stats.txt'), 'w') as f:
        f.write('seed %d\n' % SEED + '\n'.join(stats) + '\n')
    with open(os.path.join(OUT, 'sample_pairs.tsv'), 'w', encoding='utf-8') as f:
        f.write('a\tb\tcosine\tdays_apart\tcorpus\tband\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    with open(TEXTS, 'w', encoding='utf-8') as f:
        f.write('\n'.join(texts) + '\n')
    print('\n'.join(stats))
    print('sampled', len(rows))


def merge():
    """Join the sample with the hand labels (labels_manual.tsv: a, b, label, note)."""
    labels = {}
    for line in open(os.path.join(HERE, 'labels_manual.tsv'), encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if parts[0] == 'a' or not line.strip():
            continue
        a, b, label, note = parts
        assert label in ('same', 'different', 'unsure'), line
        labels[(a, b)] = (label, note.strip())
    out = []
    for line in open(os.path.join(HERE, 'sample_pairs.tsv'), encoding='utf-8'):
        a, b, cos, days, corpus, band = line.rstrip('\n').split('\t')
        if a == 'a':
            continue
        label, note = labels.pop((a, b))
        out.append((a, b, label, cos, days, note))
    assert not labels, labels
    out.sort()
    with open(os.path.join(HERE, 'story-pairs.tsv'), 'w', encoding='utf-8') as f:
        f.write('a\tb\tlabel\tcosine\tdays_apart\tnote\n')
        for r in out:
            assert all('\t' not in x and '\n' not in x for x in r)
            f.write('\t'.join(r) + '\n')
    print('wrote', len(out), 'pairs')


# ---------------------------------------------------------------- closure over the sample's documents

def read_tsv(path):
    """Rows of a tab-separated file with a header line, as dicts."""
    with open(path, encoding='utf-8') as f:
        lines = [l.rstrip('\n') for l in f if l.strip()]
    head = lines[0].split('\t')
    rows = []
    for l in lines[1:]:
        parts = l.split('\t')
        assert len(parts) == len(head), l
        rows.append(dict(zip(head, parts)))
    return rows


def closure():
    """Every pair {x, y} of documents of S (all documents in story-pairs.tsv), within one corpus, with
    cosine >= MIN_COS that is not already a pair in story-pairs.tsv -> closure_candidates.tsv
    (a, b, cosine, days_apart), plus excerpts of both texts in $STORY_PAIRS_CLOSURE_TEXTS.  TF-IDF exactly as in
    select (N and df over the whole corpus); the pairs within S are scored by brute force."""
    labelled = read_tsv(os.path.join(HERE, 'story-pairs.tsv'))
    known = {(r['a'], r['b']) for r in labelled}
    s_docs = sorted({r['a'] for r in labelled} | {r['b'] for r in labelled})
    rows = []
    texts = []
    for name, loader in (('bbc', load_bbc), ('reuters', load_reuters)):
        docs = loader()
        vec, df = vectors(docs)
        members = sorted(k for k in s_docs if k in docs)
        n_new = 0
        for i, a in enumerate(members):
            va = vec[a]
            for b in members[i + 1:]:
                vb = vec[b]
                x, y = (va, vb) if len(va) <= len(vb) else (vb, va)
                c = sum(w * y.get(t, 0.0) for t, w in x.items())
                if c < MIN_COS or (a, b) in known:
                    continue
                n_new += 1
                d = days_apart(docs, a, b)
                rows.append((a, b, '%.3f' % c, '' if d is None else '%.1f' % d))
                texts.append('=' * 100)
                texts.append('PAIR %s | %s   cos=%.3f  days=%s' % (a, b, c, '' if d is None else '%.1f' % d))
                for k in (a, b):
                    dt = docs[k]['date']
                    body = docs[k]['text']
                    if dt is None:      # BBC: the first line of the file is the headline
                        body = body.strip().split('\n', 1)[1] if '\n' in body.strip() else ''
                    texts.append('--- %s  %s  %s' % (k, dt.strftime('%Y-%m-%d %H:%M') if dt else '', docs[k]['title']))
                    texts.append(excerpt(body, 1000))
        print('%s: %d documents of S, %d pairs with cosine >= %.2f not in story-pairs.tsv'
              % (name, len(members), n_new, MIN_COS))
    rows.sort()
    with open(os.path.join(OUT, 'closure_candidates.tsv'), 'w', encoding='utf-8') as f:
        f.write('a\tb\tcosine\tdays_apart\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    with open(CLOSURE_TEXTS, 'w', encoding='utf-8') as f:
        f.write('\n'.join(texts) + '\n')
    print('closure candidates', len(rows), '; excerpts in', CLOSURE_TEXTS)


def gold_events(pairs):
    """Transitive closure of `same` over (a, b, label) triples; unsure counts as not same.
    Returns the events with 2+ members, largest first."""
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    for a, b, label in pairs:
        if label == 'same':
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups = collections.defaultdict(list)
    for a, b, _ in pairs:
        for k in (a, b):
            groups[find(k)].append(k)
    events = [sorted(set(g)) for g in groups.values() if len(set(g)) > 1]
    return sorted(events, key=lambda e: (-len(e), e))


def merge_closure():
    """closure_candidates.tsv + closure_labels_manual.tsv -> closure-pairs.tsv (the columns of
    story-pairs.tsv); prints the counts and the gold events over S (story-pairs.tsv + closure-pairs.tsv)."""
    labels = {}
    for r in read_tsv(os.path.join(HERE, 'closure_labels_manual.tsv')):
        assert r['label'] in ('same', 'different', 'unsure'), r
        assert (r['a'], r['b']) not in labels, r
        labels[(r['a'], r['b'])] = (r['label'], r['note'].strip())
    out = []
    for r in read_tsv(os.path.join(HERE, 'closure_candidates.tsv')):
        label, note = labels.pop((r['a'], r['b']))
        out.append((r['a'], r['b'], label, r['cosine'], r['days_apart'], note))
    assert not labels, labels
    out.sort()
    with open(os.path.join(HERE, 'closure-pairs.tsv'), 'w', encoding='utf-8') as f:
        f.write('a\tb\tlabel\tcosine\tdays_apart\tnote\n')
        for r in out:
            assert all('\t' not in x and '\n' not in x for x in r)
            f.write('\t'.join(r) + '\n')
    print('wrote', len(out), 'closure pairs')
    counts = collections.Counter(('reuters' if r[0].startswith('reuters-') else 'bbc', r[2]) for r in out)
    for corpus in ('bbc', 'reuters'):
        print('  %-8s' % corpus, ' '.join('%s %d' % (l, counts[(corpus, l)]) for l in ('same', 'different', 'unsure')))
    base = [(r['a'], r['b'], r['label']) for r in read_tsv(os.path.join(HERE, 'story-pairs.tsv'))]
    docs = {k for a, b, _ in base for k in (a, b)}
    for corpus in ('bbc', 'reuters'):
        ins = lambda k: k.startswith('reuters-') == (corpus == 'reuters')
        for title, pairs in (('story-pairs.tsv only', base), ('with closure-pairs.tsv', base + [r[:3] for r in out])):
            ev = gold_events([p for p in pairs if ins(p[0])])
            print('%s, %s: %d documents, %d gold events of 2+ members, sizes %s, %d documents in them'
                  % (corpus, title, sum(1 for k in docs if ins(k)), len(ev),
                     dict(sorted(collections.Counter(len(e) for e in ev).items())), sum(len(e) for e in ev)))
        for e in ev:
            if len(e) > 2:
                print('   ', len(e), ' '.join(e))


if __name__ == '__main__':
    {'select': select, 'merge': merge, 'closure': closure,
     'merge-closure': merge_closure}[sys.argv[1] if len(sys.argv) > 1 else 'select']()
