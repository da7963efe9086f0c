package io.newsdesk.publish.site.syndication;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.SitemapQueries;
import io.newsdesk.publish.html.Markup;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.PublishedArticle;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) for an archive of any size: {@code /sitemap.xml} is a sitemap index with one
 * sitemap per month of first publication, each of at most 50,000 addresses (a bigger month is split into
 * parts), each address with its last modification; and the Google News sitemap of the articles first
 * published in the last two days. Retracted and withheld articles are not live, so they drop out of
 * all of them on the next fetch.
 */
final class Sitemaps {
    static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google News reads at most this many URLs from one news sitemap. */
    static final int MAX_NEWS_URLS = 1_000;
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private Sitemaps() {
    }

    /** The sitemap index: one entry per month (and part), oldest first. */
    static String index(List<SitemapQueries.MonthSitemap> months, SiteLinks links) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(SITEMAP_NS);
            x.writeStartElement(SITEMAP_NS, "sitemapindex");
            x.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapQueries.MonthSitemap month : months) {
                x.writeStartElement(SITEMAP_NS, "sitemap");
                element(x, SITEMAP_NS, "loc", links.absolute(SiteLinks.monthSitemap(month.month(), month.part())));
                element(x, SITEMAP_NS, "lastmod", Timestamps.iso(month.lastModified()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap index", e);
        }
        return out.toString();
    }

    /** One month's sitemap: its articles' addresses, in order of first publication. */
    static String urls(List<SitemapQueries.Entry> entries, SiteLinks links) {
        StringWriter out = new StringWriter(Math.max(8192, entries.size() * 120));
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(SITEMAP_NS);
            x.writeStartElement(SITEMAP_NS, "urlset");
            x.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapQueries.Entry entry : entries) {
                x.writeStartElement(SITEMAP_NS, "url");
                element(x, SITEMAP_NS, "loc", links.absolute(SiteLinks.article(entry.slug())));
                element(x, SITEMAP_NS, "lastmod", Timestamps.iso(entry.lastModified()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap", e);
        }
        return out.toString();
    }

    /** {@code articles} are those first published in the last two days, in any order. */
    static String news(List<PublishedArticle> articles, SiteLinks links, String publicationName) {
        StringWriter out = new StringWriter(8192);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(SITEMAP_NS);
            x.setPrefix("news", NEWS_NS);
            x.writeStartElement(SITEMAP_NS, "urlset");
            x.writeDefaultNamespace(SITEMAP_NS);
            x.writeNamespace("news", NEWS_NS);
            for (PublishedArticle article : articles.subList(0, Math.min(articles.size(), MAX_NEWS_URLS))) {
                ArticleView a = new ArticleView(article);
                x.writeStartElement(SITEMAP_NS, "url");
                element(x, SITEMAP_NS, "loc", links.absolute(SiteLinks.article(a.slug())));
                x.writeStartElement(NEWS_NS, "news");
                x.writeStartElement(NEWS_NS, "publication");
                element(x, NEWS_NS, "name", publicationName);
                element(x, NEWS_NS, "language", newsLanguage(a.language()));
                x.writeEndElement();
                element(x, NEWS_NS, "publication_date", Timestamps.iso(a.firstPublishedAt()));
                element(x, NEWS_NS, "title", a.headline());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write news sitemap", e);
        }
        return out.toString();
    }

    /** Google News wants ISO 639 codes, with zh-cn and zh-tw as the only regional forms. */
    static String newsLanguage(String bcp47) {
        String lower = bcp47.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (lower.startsWith("zh-tw") || lower.startsWith("zh-hant")) {
            return "zh-tw";
        }
        if (lower.startsWith("zh")) {
            return "zh-cn";
        }
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }

    private static void element(XMLStreamWriter x, String ns, String name, String text) {
        try {
            x.writeStartElement(ns, name);
            x.writeCharacters(Markup.xmlSafe(text));
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }
}
