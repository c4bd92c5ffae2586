#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The pack validator and the kiosk on a broken pack: a clear message naming file, line and key,
# a non-zero exit, and the kiosk refuses to start rather than show a half pack. Then the other
# guichet-pack commands: verify, info, diff, preview, validate's warnings and build's lrelease.
# Every date comes from a pinned clock (--now), so the test passes on any day.
# usage: pack_cli.sh BIN_DIR MINIPACK
set -eu
BIN=$1
MINIPACK=$2
SRC=$(cd "$MINIPACK/../../.." && pwd) # MINIPACK is SRC/tests/data/minipack
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
# has FILE LINE: FILE has exactly that line.
has() { grep -qxF -- "$2" "$1" || fail "no line \"$2\" in: $(cat "$1")"; }

"$BIN/guichet-pack" validate "$MINIPACK" >"$WORK/ok.out" 2>&1 || fail "the fixture pack does not validate: $(cat "$WORK/ok.out")"
grep -q "^ok: minipack" "$WORK/ok.out" || fail "no ok line: $(cat "$WORK/ok.out")"

cp -r "$MINIPACK" "$WORK/pack"
sed -i 's/"from": "09:00", "to": "12:00"}, {"from": "14:00"/"from": "9h", "to": "12:00"}, {"from": "14:00"/' "$WORK/pack/offices.json"
sed -i 's/"id": "ecrire"/"id": "zeta"/' "$WORK/pack/organisations.json"

if "$BIN/guichet-pack" validate "$WORK/pack" >"$WORK/bad.out" 2>&1; then
    fail "validate accepted a broken pack"
fi
cat "$WORK/bad.out"
grep -q "offices.json:10: offices\[0\].hours.mon\[0\].from: \"9h\" is not a time" "$WORK/bad.out" || fail "bad time not reported with file:line: key"
grep -q "organisations.json:15: organisations\[1\].id: duplicate id \"zeta\"" "$WORK/bad.out" || fail "duplicate id not reported"
grep -q "2 problem(s); the pack was not accepted" "$WORK/bad.out" || fail "problem count missing"

if QT_QPA_PLATFORM=offscreen "$BIN/guichet-kiosk" --pack "$WORK/pack" --self-test >"$WORK/kiosk.out" 2>&1; then
    fail "the kiosk started on a broken pack"
fi
grep -q "run guichet-pack validate" "$WORK/kiosk.out" || fail "the kiosk did not say why: $(cat "$WORK/kiosk.out")"

"$BIN/guichet-pack" validate "$WORK/does-not-exist" >"$WORK/missing.out" 2>&1 && fail "validate accepted a missing directory"
grep -q "manifest.json: file is missing" "$WORK/missing.out" || fail "missing directory not explained"

# --- verify: signed by a trusted key, every file intact, not expired, the pack loads.
NOW=2030-03-01T12:00:00+01:00
PACK="$BIN/guichet-pack"
"$PACK" keygen --secret "$WORK/a.key" --public "$WORK/a.pub" >/dev/null
"$PACK" keygen --secret "$WORK/b.key" --public "$WORK/b.pub" >/dev/null
"$PACK" build "$MINIPACK" --key "$WORK/a.key" --out "$WORK/mini.tar.gz" --now "$NOW" >/dev/null || fail "build"
A_KEY=$(cat "$WORK/a.pub")
# A version kiosks could not compare is not built.
cp -r "$MINIPACK" "$WORK/badversion"
sed -i 's/"version": "1"/"version": "v2"/' "$WORK/badversion/manifest.json"
"$PACK" build "$WORK/badversion" --key "$WORK/a.key" --out "$WORK/bad.tar.gz" >"$WORK/bad.out" 2>&1 && fail "built a pack with version v2"
grep -q 'version "v2" is not a version' "$WORK/bad.out" || fail "bad version not explained: $(cat "$WORK/bad.out")"
[ ! -e "$WORK/bad.tar.gz" ] || fail "an archive was written for a bad version"
"$PACK" verify "$WORK/mini.tar.gz" --key "$WORK/a.pub" --now "$NOW" >"$WORK/verify.out" || fail "verify refused a good pack"
has "$WORK/verify.out" "ok: minipack 1, signed by $A_KEY, expires 2031-03-01"
"$PACK" verify "$WORK/mini.tar.gz" --key "$WORK/b.pub" --key "$WORK/a.pub" --now "$NOW" >"$WORK/verify.out" || fail "verify with two keys"
has "$WORK/verify.out" "ok: minipack 1, signed by $A_KEY, expires 2031-03-01"
"$PACK" verify "$WORK/mini.tar.gz" --key "$WORK/b.pub" --now "$NOW" >"$WORK/verify.out" && fail "verify accepted a pack signed by another key"
has "$WORK/verify.out" "refused: signed with a key that is not trusted here"
mkdir "$WORK/tampered"
tar -xzf "$WORK/mini.tar.gz" -C "$WORK/tampered"
sed -i 's/Premier entretien/Premier rendez-vous/' "$WORK/tampered/texts/fr.json"
"$PACK" verify "$WORK/tampered" --key "$WORK/a.pub" --now "$NOW" >"$WORK/verify.out" && fail "verify accepted a changed file"
has "$WORK/verify.out" "refused: texts/fr.json was changed after signing"
"$PACK" build "$MINIPACK" --key "$WORK/a.key" --out "$WORK/short.tar.gz" --now "$NOW" --expires 2030-04-01 >/dev/null || fail "build --expires"
"$PACK" verify "$WORK/short.tar.gz" --key "$WORK/a.pub" --now 2030-03-31T23:00:00Z >"$WORK/verify.out" || fail "refused before expiry"
"$PACK" verify "$WORK/short.tar.gz" --key "$WORK/a.pub" --now 2030-04-01T00:00:01Z >"$WORK/verify.out" && fail "verify accepted an expired pack"
has "$WORK/verify.out" "refused: expired on 2030-04-01"

# --- info: what a pack is, the signing key read but not checked.
"$PACK" info "$WORK/short.tar.gz" --now "$NOW" >"$WORK/info.out" || fail "info"
has "$WORK/info.out" "id: minipack"
has "$WORK/info.out" "version: 1"
has "$WORK/info.out" "format: 1"
has "$WORK/info.out" "created: 2030-03-01 11:00 UTC"
has "$WORK/info.out" "expires: 2030-04-01 00:00 UTC (expires in 31 days)"
has "$WORK/info.out" "languages: 2: fr (source, voice), ar (draft, voice)"
has "$WORK/info.out" "signed by: $A_KEY (not checked here: guichet-pack verify --key)"
has "$WORK/info.out" "files match their signed hashes: yes"
"$PACK" info "$WORK/short.tar.gz" --now 2030-05-01T12:00:00Z >"$WORK/info.out" || fail "info on an expired pack"
has "$WORK/info.out" "expires: 2030-04-01 00:00 UTC (EXPIRED)"
"$PACK" info "$WORK/tampered" >"$WORK/info.out" || fail "info on a changed pack"
has "$WORK/info.out" "files match their signed hashes: NO, texts/fr.json was changed after signing"

# --- diff: the default pack, then a copy with an hour range gone, 3 Arabic texts changed and
# Kurmanji (content/updates/ku-so) added with its interface translation and voice.
NEW="$WORK/bapa-ku"
cp -r "$SRC/content/bapa-bxl" "$NEW"
UPDATE="$SRC/content/updates/ku-so"
python3 - "$NEW" "$UPDATE" <<'EOF'
import json, sys
pack, update = sys.argv[1], sys.argv[2]
def edit(path, change):
    with open(f"{pack}/{path}", encoding="utf-8") as f:
        data = json.load(f)
    change(data)
    with open(f"{pack}/{path}", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
def drop_thursday_evening(d):
    thu = d["offices"][0]["hours"]["thu"]
    d["offices"][0]["hours"]["thu"] = [r for r in thu if r["from"] != "17:00"]
def change_three(d):
    for key in ["category.housing", "category.health", "category.legal-aid"]:
        v = d["texts"][key]
        if isinstance(v, dict):
            v["text"] += " ."
        else:
            d["texts"][key] = v + " ."
with open(f"{update}/languages.json", encoding="utf-8") as f:
    ku = [l for l in json.load(f)["languages"] if l["code"] == "ku"][0]
edit("offices.json", drop_thursday_evening)
edit("texts/ar.json", change_three)
edit("manifest.json", lambda d: d["languages"].append("ku"))
edit("languages.json", lambda d: d["languages"].append(ku))
EOF
mkdir "$NEW/i18n" "$NEW/voices"
cp "$UPDATE/texts/ku.json" "$NEW/texts/"
cp "$UPDATE/i18n/guichet_ku.ts" "$NEW/i18n/"
cp "$UPDATE/voices/ku.json" "$NEW/voices/"
"$PACK" diff "$SRC/content/bapa-bxl" "$NEW" >"$WORK/diff-en.out" || fail "diff"
cat >"$WORK/diff-en.expected" <<'EOF'
language ku added
3 texts changed in ar
interface translation ku added
voice profile ku added
BAPA BXL: Thursday 17:00-20:00 (during school term) removed
EOF
diff "$WORK/diff-en.expected" "$WORK/diff-en.out" || fail "diff in English"
"$PACK" diff "$SRC/content/bapa-bxl" "$NEW" --lang fr >"$WORK/diff-fr.out" || fail "diff --lang fr"
cat >"$WORK/diff-fr.expected" <<'EOF'
langue ku ajoutée
3 textes modifiés en ar
traduction de l'interface ku ajoutée
profil de voix ku ajouté
BAPA BXL : jeudi 17:00-20:00 (en période scolaire) supprimé
EOF
diff "$WORK/diff-fr.expected" "$WORK/diff-fr.out" || fail "diff in French"
"$PACK" diff "$WORK/mini.tar.gz" "$MINIPACK" >"$WORK/diff-same.out" || fail "diff of an archive and its directory"
has "$WORK/diff-same.out" "no change"

# --- build compiles the pack's i18n/guichet_<code>.ts into a .qm, signed with the rest.
"$PACK" build "$NEW" --key "$WORK/a.key" --out "$WORK/ku.tar.gz" --now "$NOW" >"$WORK/build.out" || fail "build with a .ts: $(cat "$WORK/build.out")"
has "$WORK/build.out" "interface translations compiled: ku"
tar -tzf "$WORK/ku.tar.gz" >"$WORK/ku.list"
has "$WORK/ku.list" "i18n/guichet_ku.ts"
has "$WORK/ku.list" "i18n/guichet_ku.qm"
# A .qm starts with Qt's magic number.
magic=$(tar -xzOf "$WORK/ku.tar.gz" i18n/guichet_ku.qm | od -An -tx1 -N8 | tr -d ' \n')
[ "$magic" = "3cb86418caef9c95" ] || fail "i18n/guichet_ku.qm is not a .qm ($magic)"
"$PACK" verify "$WORK/ku.tar.gz" --key "$WORK/a.pub" --now "$NOW" >"$WORK/verify.out" || fail "the built pack with a .qm does not verify: $(cat "$WORK/verify.out")"
GUICHET_LRELEASE="$WORK/no-lrelease" "$PACK" build "$NEW" --key "$WORK/a.key" --out "$WORK/none.tar.gz" >"$WORK/build.out" 2>&1 \
    && fail "build without lrelease"
grep -q "i18n/guichet_ku.ts: lrelease ($WORK/no-lrelease) failed" "$WORK/build.out" || fail "lrelease failure not explained: $(cat "$WORK/build.out")"
[ ! -e "$WORK/none.tar.gz" ] || fail "build wrote an archive without its translations"

# --- preview: the kiosk's own screenshots of a pack (an archive here) in one language.
"$PACK" preview "$WORK/ku.tar.gz" --lang ku --out "$WORK/shots" --now "$NOW" >"$WORK/preview.out" 2>"$WORK/preview.err" \
    || fail "preview: $(cat "$WORK/preview.err")"
for screen in home offices; do
    [ -s "$WORK/shots/$screen.png" ] || fail "preview wrote no $screen.png"
    has "$WORK/preview.out" "$WORK/shots/$screen.png"
done

# --- validate's warnings: calendar data running out (dates from the pinned day, never today),
# a character no installed font has (Khitan), and exit 0 all the same.
calendar_pack() { # DIR SCHOOL_TERM_END: the minipack, its term ending then, holidays far off
    cp -r "$MINIPACK" "$1"
    cat >"$1/calendar.json" <<EOF
{"periods": {"school_term": [{"from": "2030-01-07", "to": "$2"}]},
 "holidays": [{"from": "2031-11-11", "to": "2031-11-11", "reason": "reason.armistice"}]}
EOF
}
calendar_pack "$WORK/term30" "$(date -d "2030-03-01 +30 days" +%F)"
"$PACK" validate "$WORK/term30" --now "$NOW" >"$WORK/term30.out" 2>&1 || fail "validate failed on warnings: $(cat "$WORK/term30.out")"
has "$WORK/term30.out" "warning: $WORK/term30/calendar.json: period school_term ends 2030-03-31, in 30 days: hours marked only school_term will stop applying"
grep -q "^ok: minipack" "$WORK/term30.out" || fail "no ok line with warnings"
calendar_pack "$WORK/term90" "$(date -d "2030-03-01 +90 days" +%F)"
"$PACK" validate "$WORK/term90" --now "$NOW" >"$WORK/term90.out" 2>&1 || fail "validate: $(cat "$WORK/term90.out")"
grep -q "^warning:" "$WORK/term90.out" && fail "a warning for a term ending in 90 days: $(cat "$WORK/term90.out")"
calendar_pack "$WORK/khitan" 2030-06-30
sed -i 's/"Aide juridique"/"Aide juridique 𘬀"/' "$WORK/khitan/texts/fr.json"
"$PACK" validate "$WORK/khitan" --now "$NOW" >"$WORK/khitan.out" 2>&1 || fail "validate: $(cat "$WORK/khitan.out")"
grep -q "^warning: $WORK/khitan/texts/fr.json:[0-9]*: texts.category.legal-aid: U+18B00 cannot be drawn with font Noto Sans" "$WORK/khitan.out" \
    || fail "no missing-glyph warning: $(cat "$WORK/khitan.out")"
# --- validate's clip warnings: a recording whose key is no text (a misspelt name) is never
# played; a language's own name and a text's clip are fine.
calendar_pack "$WORK/clips" 2030-06-30
mkdir -p "$WORK/clips/audio/fr"
sox -n -r 16000 -c 1 "$WORK/clips/audio/fr/programme.welcome.title.wav" synth 0.5 sine 300
sox -n -r 16000 -c 1 "$WORK/clips/audio/fr/language.fr.wav" synth 0.5 sine 300
sox -n -r 16000 -c 1 "$WORK/clips/audio/fr/programme.welcom.title.wav" synth 0.5 sine 300
"$PACK" validate "$WORK/clips" --now "$NOW" >"$WORK/clips.out" 2>&1 || fail "validate: $(cat "$WORK/clips.out")"
grep -q "^warning: $WORK/clips/audio/fr/programme.welcom.title.wav: no text \"programme.welcom.title\" in texts/fr.json" "$WORK/clips.out" \
    || fail "no warning for a misspelt clip: $(cat "$WORK/clips.out")"
[ "$(grep -c "^warning: .*audio/" "$WORK/clips.out")" = 1 ] || fail "warnings for good clips: $(cat "$WORK/clips.out")"
# --- the glossaries: the shipped pack uses one term per concept; a word a glossary says to
# avoid is warned about at its key; a glossary that cannot be read is refused.
"$PACK" validate "$SRC/content/bapa-bxl" >"$WORK/glossary-ok.out" 2>&1 || fail "validate: $(cat "$WORK/glossary-ok.out")"
grep -q "glossary" "$WORK/glossary-ok.out" && fail "the shipped pack mixes terms: $(cat "$WORK/glossary-ok.out")"
cp -r "$SRC/content/bapa-bxl" "$WORK/terms"
sed -i 's/"eligibility.adult.hint": "Програма інтеграції/"eligibility.adult.hint": "Програма адаптації/' "$WORK/terms/texts/uk.json"
"$PACK" validate "$WORK/terms" >"$WORK/terms.out" 2>&1 || fail "a mixed term is a warning, not a refusal: $(cat "$WORK/terms.out")"
grep -q "^warning: $WORK/terms/texts/uk.json:[0-9]*: texts.eligibility.adult.hint: uses \"адаптац\"; the glossary (glossary/uk.json) says \"програма інтеграції\" for programme" "$WORK/terms.out" \
    || fail "no warning for the avoided term: $(cat "$WORK/terms.out")"
[ "$(grep -c "glossary" "$WORK/terms.out")" = 1 ] || fail "more than the one mixed term: $(cat "$WORK/terms.out")"
printf '{"language": "uk", "terms": [' >"$WORK/terms/glossary/uk.json"
"$PACK" validate "$WORK/terms" >"$WORK/terms-bad.out" 2>&1 && fail "validate accepted a broken glossary"
grep -q "glossary/uk.json: not valid JSON" "$WORK/terms-bad.out" || fail "broken glossary not explained: $(cat "$WORK/terms-bad.out")"
printf '{"language": "uk", "terms": [{"concept": "programme"}]}' >"$WORK/terms/glossary/uk.json"
"$PACK" validate "$WORK/terms" >"$WORK/terms-bad.out" 2>&1 && fail "validate accepted a term without its word"
grep -q "glossary/uk.json: terms\[0\]: needs a \"concept\" and a \"term\"" "$WORK/terms-bad.out" || fail "no term not explained: $(cat "$WORK/terms-bad.out")"
echo "pack_cli: ok"
