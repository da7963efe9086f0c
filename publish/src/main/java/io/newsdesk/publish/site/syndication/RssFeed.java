package io.newsdesk.publish.site.syndication;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.html.Markup;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 with the content, Dublin Core and Atom (self link) modules. Item guids are
 * {@code urn:newsdesk:article:{id}} with {@code isPermaLink="false"}: stable across versions, so an
 * updated article replaces its item in readers instead of appearing twice.
 */
final class RssFeed {
    static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private RssFeed() {
    }

    static String write(FeedChannel channel, SiteLinks links) {
        StringWriter out = new StringWriter(16384);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeNamespace("atom", ATOM_NS);
            x.writeNamespace("content", CONTENT_NS);
            x.writeNamespace("dc", DC_NS);
            x.writeStartElement("channel");
            element(x, "title", channel.title());
            element(x, "link", links.absolute(channel.homePath()));
            element(x, "description", channel.description());
            element(x, "language", "en");
            element(x, "lastBuildDate", rfc822(channel.updated()));
            element(x, "generator", "Newsdesk");
            x.writeEmptyElement("atom", "link", ATOM_NS);
            x.writeAttribute("href", links.absolute(channel.selfPath("rss.xml")));
            x.writeAttribute("rel", "self");
            x.writeAttribute("type", "application/rss+xml");
            for (PublishedArticle item : channel.items()) {
                ArticleView a = new ArticleView(item);
                x.writeStartElement("item");
                element(x, "title", a.headline());
                element(x, "link", links.absolute(SiteLinks.article(a.slug())));
                x.writeStartElement("guid");
                x.writeAttribute("isPermaLink", "false");
                x.writeCharacters(SiteLinks.itemId(a.articleId()));
                x.writeEndElement();
                element(x, "pubDate", rfc822(a.firstPublishedAt()));
                String summary = FeedChannel.summaryText(a);
                if (!summary.isEmpty()) {
                    element(x, "description", summary);
                }
                a.byline().ifPresent(b -> elementNs(x, "dc", "creator", DC_NS, FeedChannel.authorName(b)));
                for (Subject s : a.topics()) {
                    x.writeStartElement("category");
                    x.writeAttribute("domain", "http://cv.iptc.org/newscodes/mediatopic/");
                    x.writeCharacters(Markup.xmlSafe(s.getLabel()));
                    x.writeEndElement();
                }
                elementNs(x, "content", "encoded", CONTENT_NS, FeedChannel.contentHtml(a));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write RSS feed " + channel.id(), e);
        }
        return out.toString();
    }

    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(Markup.xmlSafe(text));
        x.writeEndElement();
    }

    private static void elementNs(XMLStreamWriter x, String prefix, String name, String ns, String text) {
        try {
            x.writeStartElement(prefix, name, ns);
            x.writeCharacters(Markup.xmlSafe(text));
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + prefix + ":" + name, e);
        }
    }
}
