package org.paperkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * config/fuseki-kg.ttl, the configuration for a stock Fuseki server, declares the same text index as
 * paperkg builds ({@link TextSearch}); if the two drifted apart, a stock server would index and search
 * differently from paperkg. (StockFusekiIT runs the real server with this file.)
 */
class ConfigFileTest {

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    @Test
    void theConfigFileDeclaresTheSameTextIndexAsPaperkg() {
        JenaSystem.init();
        TextQuery.init();
        Model config = RDFDataMgr.loadModel("config/fuseki-kg.ttl");
        Resource map = config.listSubjectsWithProperty(RDF.type, config.createResource(TextSearch.NS + "EntityMap")).next();
        EntityDefinition declared = (EntityDefinition) Assembler.general().open(map);
        EntityDefinition ours = TextSearch.definition();

        assertEquals(ours.getEntityField(), declared.getEntityField());
        assertEquals(ours.getPrimaryField(), declared.getPrimaryField());
        assertEquals(ours.getGraphField(), declared.getGraphField());
        assertEquals(ours.getUidField(), declared.getUidField());
        assertEquals(ours.getLangField(), declared.getLangField());
        assertEquals(fieldsAndPredicates(ours), fieldsAndPredicates(declared));
    }

    @Test
    void updatesNeedALoggedInUserAndQueriesDoNot() {
        Model config = RDFDataMgr.loadModel("config/fuseki-kg.ttl");
        Map<String, String> allowed = new TreeMap<>();
        config.listObjectsOfProperty(config.createProperty(FUSEKI, "endpoint")).forEachRemaining(ep -> {
            Resource e = ep.asResource();
            String op = e.getPropertyResourceValue(config.createProperty(FUSEKI, "operation")).getLocalName();
            var users = e.getProperty(config.createProperty(FUSEKI, "allowedUsers"));
            String name = e.hasProperty(config.createProperty(FUSEKI, "name"))
                    ? e.getProperty(config.createProperty(FUSEKI, "name")).getString() : "";
            allowed.put(op + " " + name, users == null ? "anyone" : users.getString());
        });
        assertEquals("*", allowed.get("update update"));
        assertEquals("*", allowed.get("gsp-rw data"));
        assertEquals("anyone", allowed.get("query sparql"));
        assertEquals("anyone", allowed.get("gsp-r get"));
        assertTrue(allowed.entrySet().stream().filter(e -> e.getKey().startsWith("update") || e.getKey().startsWith("gsp-rw"))
                .allMatch(e -> e.getValue().equals("*")), allowed.toString());
        assertEquals(List.of(), config.listObjectsOfProperty(config.createProperty("http://jena.apache.org/text#", "uidField"))
                .filterDrop(n -> n.asLiteral().getString().equals("uid")).toList());
    }

    private static Map<String, TreeSet<String>> fieldsAndPredicates(EntityDefinition def) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (String field : def.fields()) {
            TreeSet<String> preds = new TreeSet<>();
            def.getPredicates(field).forEach(p -> preds.add(p.getURI()));
            out.put(field, preds);
        }
        return out;
    }
}
