package org.paperkg.report;

import java.util.List;

/** One row of a term's description: "Subclass of: fabio:ResearchPaper, prov:Entity". */
record OntologyFact(String heading, List<OntologyValue> values) {}
