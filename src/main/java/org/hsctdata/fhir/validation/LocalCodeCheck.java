package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Property;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * A code of one of our own complete code systems must be defined in it ({@link IssueCode#LOCAL_CODE_UNDEFINED}),
 * whatever the strength of the binding. HAPI's validator checks a code against the value set of its element's
 * binding, and where that binding is extensible, a code outside the value set is allowed, so an unknown code of a
 * system we define completely (a typo, or a code of a later version) passed; here it is an error.
 */
final class LocalCodeCheck {

	private final Map<String, Set<String>> codesBySystem;

	private LocalCodeCheck(Map<String, Set<String>> codesBySystem) {
		this.codesBySystem = Map.copyOf(codesBySystem);
	}

	/** The complete code systems of the guide, with every code they define (nested concepts too). */
	static LocalCodeCheck of(ImplementationGuide guide, FhirContext fhirContext) {
		return new LocalCodeCheck(guide.resources(fhirContext).stream()
				.filter(CodeSystem.class::isInstance)
				.map(CodeSystem.class::cast)
				.filter(system -> system.getContent() == CodeSystem.CodeSystemContentMode.COMPLETE)
				.collect(Collectors.toMap(
						CodeSystem::getUrl,
						system -> codes(system.getConcept()).collect(Collectors.toUnmodifiableSet()))));
	}

	private static Stream<String> codes(List<ConceptDefinitionComponent> concepts) {
		return concepts.stream()
				.flatMap(concept -> Stream.concat(Stream.of(concept.getCode()), codes(concept.getConcept())));
	}

	/** An error for every coding, anywhere in the resource (contained resources too), with an unknown code. */
	List<SingleValidationMessage> check(IBaseResource resource) {
		List<SingleValidationMessage> issues = new ArrayList<>();
		if (resource instanceof Base base) {
			visit(base, base.fhirType(), issues);
		}
		return issues;
	}

	private void visit(Base element, String path, List<SingleValidationMessage> issues) {
		if (element instanceof Coding coding
				&& codesBySystem.containsKey(coding.getSystem())
				&& !codesBySystem.get(coding.getSystem()).contains(coding.getCode())) {
			issues.add(ValidationIssue.of(
					IssueCode.LOCAL_CODE_UNDEFINED,
					path,
					"the code '" + coding.getCode() + "' is not defined in the code system " + coding.getSystem()
							+ ", which this guide defines completely"));
		}
		for (Property property : element.children()) {
			List<Base> values = property.getValues();
			for (int i = 0; i < values.size(); i++) {
				Base value = values.get(i);
				// locations as HAPI's validator writes them: Observation.value.ofType(CodeableConcept).coding[0]
				String name = property.getName().endsWith("[x]")
						? property.getName().replace("[x]", "") + ".ofType(" + capitalized(value.fhirType()) + ")"
						: property.getName();
				visit(value, path + "." + name + (property.getMaxCardinality() > 1 ? "[" + i + "]" : ""), issues);
			}
		}
	}

	private static String capitalized(String type) {
		return Character.toUpperCase(type.charAt(0)) + type.substring(1);
	}
}
