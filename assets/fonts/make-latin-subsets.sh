#!/bin/sh
# Writes latin/: the DejaVu faces cut down to the Latin script and its punctuation (see README.md). A PDF export
# whose text stays inside these blocks embeds from these files instead of the full faces: PDFBox reads and measures
# every glyph of a face it embeds, and the full faces hold four times as many. The blocks must match
# app.postwright.render.CharacterNeeds.isLatin; LatinFacesTest checks both against the full faces.
# Needs fontTools (Debian: python3-fonttools). Run from this folder: ./make-latin-subsets.sh
set -eu
BLOCKS="U+0000-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-218F"
for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique \
        DejaVuSerif DejaVuSerif-Bold DejaVuSerif-Italic DejaVuSerif-BoldItalic DejaVuSansMono; do
    # Layout tables go: PDF export turns glyph substitution off, and openhtmltopdf positions glyphs by their advance
    # widths only. Hinting, glyph names, every name record (the licence notice) and the bounding boxes stay as they
    # are, so the Latin face draws and measures exactly like the full one.
    python3 -m fontTools.subset "$face.ttf" --unicodes="$BLOCKS" --output-file="latin/$face.ttf" \
        --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH,kern,FFTM \
        --hinting --glyph-names --name-IDs='*' --name-languages='*' --name-legacy \
        --notdef-outline --no-recalc-bounds --no-prune-unicode-ranges
done
