package org.hsctdata.fhir.tester;

import java.util.Optional;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;

/** How strongly a requirements CapabilityStatement asks for something (its {@code capabilitystatement-expectation}). */
enum Expectation {
	SHALL,
	SHOULD,
	MAY,
	SHOULD_NOT;

	static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation";

	/** The element's expectation; {@code SHALL} when it states none (a requirement without one is a requirement). */
	static Expectation of(Element element) {
		return Optional.ofNullable(element.getExtensionByUrl(EXTENSION))
				.map(Extension::getValue)
				.map(value -> value.primitiveValue().replace('-', '_'))
				.map(Expectation::valueOf)
				.orElse(SHALL);
	}

	/** Whether the tester checks it: SHALL and SHOULD are checked; MAY and SHOULD-NOT are left to the server. */
	boolean checked() {
		return this == SHALL || this == SHOULD;
	}

	String label() {
		return name().replace('_', '-');
	}
}
