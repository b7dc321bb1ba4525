package org.hsctdata.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hsctdata.fhir.server.ServerIntegrationTest;
import org.hsctdata.fhir.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Tests that the running server publishes our FHIR package: CapabilityStatement, artifacts and terminology. */
class ConformanceIT extends ServerIntegrationTest {

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static final List<MetadataResource> ARTIFACTS = ImplementationGuide.fromClasspath().resources(FHIR).stream()
			.map(MetadataResource.class::cast)
			.toList();

	static final String CONDITIONING_INTENSITY = Canonicals.valueSet("conditioning-intensity-vs");

	@Test
	void capabilityStatementListsEveryProfileAsSupported() {
		CapabilityStatement capabilities =
				client.capabilities().ofType(CapabilityStatement.class).execute();
		Set<String> supported = new TreeSet<>();
		capabilities
				.getRestFirstRep()
				.getResource()
				.forEach(resource -> resource.getSupportedProfile().stream()
						.map(CanonicalType::getValue)
						.forEach(supported::add));

		Set<String> profiles = new TreeSet<>(ARTIFACTS.stream()
				.filter(StructureDefinition.class::isInstance)
				.map(StructureDefinition.class::cast)
				.filter(sd -> sd.getKind() == StructureDefinition.StructureDefinitionKind.RESOURCE)
				.map(StructureDefinition::getUrl)
				.toList());
		assertThat(profiles).hasSizeGreaterThan(20);
		assertThat(supported).containsAll(profiles);
	}

	@Test
	void servesEveryArtifactOfThePackageByCanonicalUrl() {
		for (MetadataResource artifact : ARTIFACTS) {
			Bundle found = client.search()
					.byUrl(artifact.fhirType() + "?url=" + artifact.getUrl())
					.returnBundle(Bundle.class)
					.execute();

			assertThat(found.getEntry()).as(artifact.getUrl()).hasSize(1);
		}
	}

	@Test
	void expandsALocalValueSet() {
		ValueSet expansion = client.operation()
				.onType(ValueSet.class)
				.named("$expand")
				.withParameter(Parameters.class, "url", new UriType(CONDITIONING_INTENSITY))
				.returnResourceType(ValueSet.class)
				.execute();

		assertThat(expansion.getExpansion().getContains())
				.extracting(ValueSet.ValueSetExpansionContainsComponent::getCode)
				.containsExactlyInAnyOrder("mac", "ric", "reduced-toxicity", "nma");
	}

	@Test
	void pagesAnExpansionWithCountAndOffset() {
		List<String> all = codes(expand(null, null));
		assertThat(all).hasSize(4);

		ValueSet second = expand(1, 1);
		assertThat(codes(second)).containsExactly(all.get(1));
		assertThat(second.getExpansion().getTotal()).isEqualTo(4);
		assertThat(second.getExpansion().getOffset()).isEqualTo(1);
		assertThat(codes(expand(0, 1))).containsExactly(all.get(0));
		assertThat(codes(expand(3, 10))).containsExactly(all.get(3));
		ValueSet none = expand(null, 0);
		assertThat(none.getExpansion().getContains()).isEmpty();
		assertThat(none.getExpansion().getTotal()).isEqualTo(4);
		assertThat(codes(expand(9, 1))).isEmpty();
	}

	private ValueSet expand(Integer offset, Integer count) {
		Parameters parameters = new Parameters();
		parameters.addParameter("url", new UriType(CONDITIONING_INTENSITY));
		if (offset != null) {
			parameters.addParameter("offset", new IntegerType(offset));
		}
		if (count != null) {
			parameters.addParameter("count", new IntegerType(count));
		}
		return client.operation()
				.onType(ValueSet.class)
				.named("$expand")
				.withParameters(parameters)
				.useHttpGet()
				.returnResourceType(ValueSet.class)
				.execute();
	}

	private static List<String> codes(ValueSet expansion) {
		return expansion.getExpansion().getContains().stream()
				.map(ValueSet.ValueSetExpansionContainsComponent::getCode)
				.toList();
	}

	@Test
	void validatesCodesAgainstALocalValueSet() {
		assertThat(validateCode("reduced-toxicity")).isTrue();
		assertThat(validateCode("not-a-conditioning-intensity")).isFalse();
	}

	@Test
	void validatesAgainstTheProfileAResourceClaims() {
		OperationOutcome passing = validate(Fixtures.read("mrd-observation/p1-pass.json"));
		OperationOutcome failing = validate(Fixtures.read("chimerism-observation/f1-ball-hsct-1.json"));

		assertThat(errors(passing)).isEmpty();
		assertThat(errors(failing))
				.singleElement()
				.satisfies(issue -> assertThat(issue.getDiagnostics()).contains("ball-hsct-1"));
	}

	/** Type-level {@code $validate}: the fixture's id is dropped, or the client would validate a stored instance. */
	OperationOutcome validate(IBaseResource resource) {
		resource.setId((String) null);
		MethodOutcome outcome = client.validate().resource(resource).execute();
		return (OperationOutcome) outcome.getOperationOutcome();
	}

	static List<OperationOutcome.OperationOutcomeIssueComponent> errors(OperationOutcome outcome) {
		return outcome.getIssue().stream()
				.filter(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
						|| issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
				.toList();
	}

	boolean validateCode(String code) {
		Parameters result = client.operation()
				.onType(ValueSet.class)
				.named("$validate-code")
				.withParameter(Parameters.class, "url", new UriType(CONDITIONING_INTENSITY))
				.andParameter("system", new UriType(Canonicals.LOCAL_CODE_SYSTEM))
				.andParameter("code", new CodeType(code))
				.execute();
		return ((BooleanType) result.getParameter("result").getValue()).booleanValue();
	}
}
