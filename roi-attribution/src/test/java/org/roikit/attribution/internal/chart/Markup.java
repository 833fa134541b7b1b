package org.roikit.attribution.internal.chart;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Test helper: parses output with the JDK's namespace-aware parser, failing on any error. */
public final class Markup {

    private Markup() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Returns the SVG elements named {@code name} that have class {@code cls}, in document order. */
    static List<Element> svgElements(Document doc, String name, String cls) {
        return elements(doc, Xml.SVG_NS, name, cls);
    }

    static List<Element> elements(Document doc, String ns, String name, String cls) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Returns attribute {@code name} of each element. */
    static List<String> attribute(List<Element> elements, String name) {
        return elements.stream().map(e -> e.getAttribute(name)).toList();
    }

    /** Returns the text content of each element. */
    static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::getTextContent).toList();
    }

    /** Returns {@code markup} without the two namespace names, which are the only http text allowed. */
    static String withoutNamespaces(String markup) {
        return markup.replace("xmlns=\"" + Xml.SVG_NS + "\"", "").replace("xmlns=\"" + Xml.XHTML_NS + "\"", "");
    }
}
