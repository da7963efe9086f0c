package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;
import java.util.List;

/**
 * A dateline at the start of the text is a place: up to six words in capitals, then a comma, a bracket or
 * a dash ("NEW YORK, Feb 26 -", "LONDON (AP) -"). A dateline names a city, so where the name also stands
 * for a country, the gazetteer's city or district is chosen.
 */
public final class DatelinePlace implements EntityPass {
    private static final int MAX_WORDS = 6;

    @Override
    public void run(Recognition r) {
        int i = 0;
        while (i < r.size() && i < MAX_WORDS && r.token(i).isWord() && r.token(i).isAllCaps() && !r.token(i).isNumber()) {
            i++;
        }
        if (i == 0 || i >= r.size()) {
            return;
        }
        String next = r.token(i).text();
        boolean datelineEnd = next.equals(",") || next.equals("(") || next.equals("\u2014") || next.equals("\u2013") || next.equals("-");
        if (!datelineEnd) {
            return;
        }
        String caps = r.slice(0, i);
        String name = titleCase(caps);
        List<GazetteerEntry> entries = r.gazetteer.lookup(name);
        GazetteerEntry chosen = null;
        for (GazetteerEntry e : entries) {
            // a dateline names a city: prefer the city or district over a country the name also stands for
            if (e.type() == EntityType.PLACE && (chosen == null || !"country".equals(e.kind()) && "country".equals(chosen.kind()))) {
                chosen = e;
            }
        }
        EntityDraft d = chosen != null ? r.draft(chosen) : r.draft(EntityType.PLACE, name);
        d.mention(r.token(0).start(), r.token(i - 1).end(), caps);
        r.claim(0, i);
    }

    /** Token i stands before the dash that closes a dateline ("GALLE, Sri Lanka (Lanka Sports Desk) —"): a place, no side in a match. */
    static boolean within(Recognition r, int i) {
        for (int k = i + 1; k < Math.min(r.size(), DASH_WITHIN); k++) {
            String t = r.token(k).text();
            if (t.equals("\u2014") || t.equals("\u2013") || t.equals("-")) {
                return true;
            }
        }
        return false;
    }

    /** A dateline's closing dash comes within this many tokens of the text's start. */
    private static final int DASH_WITHIN = 16;

    /** "NEW YORK" as "New York"; a letter after an apostrophe stays lower case ("O'HARE" as "O'hare"). */
    static String titleCase(String caps) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : caps.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
