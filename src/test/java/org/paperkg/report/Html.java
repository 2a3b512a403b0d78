package org.paperkg.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Report pages read back for tests: they are well-formed XHTML-compatible HTML5, so an XML parser reads them. */
final class Html {
    private Html() {}

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Node> nodes(Document doc, String xpath) throws Exception {
        NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add(list.item(i));
        return out;
    }

    static List<String> texts(Document doc, String xpath) throws Exception {
        return nodes(doc, xpath).stream().map(n -> n.getTextContent().strip()).toList();
    }
}
