package org.herodotus.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds with the JDK's XML parser, safe against XXE:
 * external entities, external DTDs and XInclude are off, so a feed cannot make the reader open
 * files or URLs; a DOCTYPE is allowed (old RSS 0.91 feeds have one) but never loaded.
 */
final class FeedXml {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  /** RSS 1.0's own elements; {@code null} in the lookups below means RSS 2.0's (no namespace) or these. */
  private static final String RSS_1 = "http://purl.org/rss/1.0/";

  /** A feed's title and items. */
  record Feed(String title, List<FeedItem> items) {}

  private FeedXml() {}

  /**
   * The feed in {@code bytes}.
   *
   * @throws Unreadable if the bytes are not XML, or XML that is no RSS or Atom feed
   */
  static Feed parse(byte[] bytes) {
    Document xml;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // no messages on standard error; errors throw
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      xml = builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new Unreadable(Messages.notXml(e.getLineNumber(), e.getColumnNumber(), e.getMessage()), e);
    } catch (SAXException | IOException e) {
      throw new Unreadable(Messages.notXml(-1, -1, e.getMessage()), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this Java's XML parser cannot be made safe against external entities", e);
    }
    Element root = xml.getDocumentElement();
    String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
    switch (name.toLowerCase(Locale.ROOT)) {
      case "rss" -> {
        Element channel = child(root, null, "channel");
        if (channel == null) {
          throw new Unreadable(Messages.notFeed("rss without a channel"));
        }
        return new Feed(text(channel, null, "title"), rssItems(children(channel, null, "item")));
      }
      case "rdf" -> {
        Element channel = child(root, null, "channel");
        return new Feed(channel == null ? null : text(channel, null, "title"), rssItems(children(root, null, "item")));
      }
      case "feed" -> {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : children(root, ATOM, "entry")) {
          items.add(atomItem(entry));
        }
        return new Feed(text(root, ATOM, "title"), items);
      }
      default -> throw new Unreadable(Messages.notFeed("its root element is <" + root.getNodeName() + ">"));
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // The JDK's own parser, not one a library on the class path brings (CoreNLP brings Xerces).
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static List<FeedItem> rssItems(List<Element> items) {
    List<FeedItem> result = new ArrayList<>();
    for (Element item : items) {
      String link = text(item, null, "link");
      String guid = text(item, null, "guid");
      String rdfAbout = item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about");
      String id = guid != null ? guid : link != null ? link : rdfAbout.isEmpty() ? null : rdfAbout;
      String date = first(text(item, null, "pubDate"), text(item, DC, "date"));
      List<String> authors = new ArrayList<>();
      List<Element> names = new ArrayList<>(children(item, null, "author"));
      names.addAll(children(item, DC, "creator"));
      for (Element author : names) {
        String name = author.getTextContent().strip();
        if (!name.isEmpty()) {
          authors.add(name);
        }
      }
      result.add(new FeedItem(id, text(item, null, "title"), link, Dates.parse(date), authors,
          text(item, CONTENT, "encoded"), text(item, null, "description")));
    }
    return result;
  }

  private static FeedItem atomItem(Element entry) {
    String link = null;
    for (Element candidate : children(entry, ATOM, "link")) {
      String rel = candidate.getAttribute("rel");
      if (rel.isEmpty() || rel.equals("alternate")) {
        link = candidate.getAttribute("href").strip();
        break;
      }
    }
    List<String> authors = new ArrayList<>();
    for (Element author : children(entry, ATOM, "author")) {
      String name = text(author, ATOM, "name");
      if (name != null) {
        authors.add(name);
      }
    }
    String id = first(text(entry, ATOM, "id"), link);
    String date = first(text(entry, ATOM, "published"), text(entry, ATOM, "updated"));
    return new FeedItem(id, text(entry, ATOM, "title"), link, Dates.parse(date), authors,
        atomText(child(entry, ATOM, "content")), atomText(child(entry, ATOM, "summary")));
  }

  /**
   * The HTML of an Atom text construct: for {@code type="xhtml"} its child markup (paragraphs kept),
   * else its text, which for {@code type="html"} is escaped HTML.
   */
  private static String atomText(Element construct) {
    if (construct == null) {
      return null;
    }
    if (!construct.getAttribute("type").equals("xhtml")) {
      String text = construct.getTextContent().strip();
      return text.isEmpty() ? null : text;
    }
    try {
      Transformer serializer = TransformerFactory.newDefaultInstance().newTransformer();
      serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter html = new StringWriter();
      NodeList children = construct.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        serializer.transform(new DOMSource(children.item(i)), new StreamResult(html));
      }
      String markup = html.toString().strip();
      return markup.isEmpty() ? null : markup;
    } catch (TransformerException e) {
      String text = construct.getTextContent().strip();
      return text.isEmpty() ? null : text;
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /** The stripped text of the first child element {@code name} (in {@code namespace}; RSS's own if null), or {@code null}. */
  private static String text(Element parent, String namespace, String name) {
    Element child = child(parent, namespace, name);
    if (child == null) {
      return null;
    }
    String text = child.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  private static Element child(Element parent, String namespace, String name) {
    List<Element> all = children(parent, namespace, name);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element) {
        String local = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        String actual = element.getNamespaceURI();
        boolean inNamespace = namespace == null ? actual == null || actual.equals(RSS_1) : namespace.equals(actual);
        if (local.equals(name) && inNamespace) {
          found.add(element);
        }
      }
    }
    return found;
  }
}
