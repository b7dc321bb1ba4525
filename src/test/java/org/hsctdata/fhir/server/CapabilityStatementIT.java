package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ConditionalDeleteStatus;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemInteractionComponent;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Patient;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.hsctdata.fhir.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests that the CapabilityStatement claims what the server does, and no more. */
class CapabilityStatementIT extends ServerIntegrationTest {

	CapabilityStatementRestComponent rest;

	@BeforeEach
	void readCapabilities() {
		rest = client.capabilities().ofType(CapabilityStatement.class).execute().getRestFirstRep();
	}

	CapabilityStatementRestResourceComponent resource(String type) {
		return rest.getResource().stream()
				.filter(resource -> resource.getType().equals(type))
				.findFirst()
				.orElseThrow();
	}

	@Test
	void conditionalDeleteIsSingleAsTheServerDeletesOneMatchOnly() {
		String family = "ConditionalDelete" + UUID.randomUUID().toString().replace("-", "");
		client.create().resource(TestData.patient(family)).execute();
		client.create().resource(TestData.patient(family)).execute();

		assertThatThrownBy(() -> client.delete()
						.resourceConditionalByUrl("Patient?family=" + family)
						.execute())
				.isInstanceOf(PreconditionFailedException.class)
				.hasMessageContaining("HAPI-0962");
		assertThat(rest.getResource())
				.extracting(resource -> resource.getConditionalDelete())
				.containsOnly(ConditionalDeleteStatus.SINGLE, ConditionalDeleteStatus.NOTSUPPORTED);
		assertThat(resource("Patient").getConditionalDelete()).isEqualTo(ConditionalDeleteStatus.SINGLE);
	}

	@Test
	void auditEventsAreOnlyRead() {
		CapabilityStatementRestResourceComponent auditEvent = resource("AuditEvent");

		assertThat(auditEvent.getInteraction())
				.extracting(interaction -> interaction.getCode().toCode())
				.containsExactlyInAnyOrder("read", "vread", "search-type", "history-instance", "history-type");
		assertThat(auditEvent.getConditionalCreate()).isFalse();
		assertThat(auditEvent.getConditionalUpdate()).isFalse();
		assertThat(auditEvent.getUpdateCreate()).isFalse();
		assertThat(auditEvent.getConditionalDelete()).isEqualTo(ConditionalDeleteStatus.NOTSUPPORTED);
		assertThat(auditEvent.getOperation())
				.extracting(operation -> operation.getName())
				.doesNotContain("meta-add", "meta-delete");
	}

	@Test
	void thePatientSummaryAndTheDocumentOperationAreDeclared() {
		assertThat(resource("Patient").getOperation())
				.filteredOn(operation -> operation.getName().equals("summary"))
				.singleElement()
				.satisfies(summary -> assertThat(summary.getDefinition())
						.isEqualTo("http://hl7.org/fhir/uv/ips/OperationDefinition/summary"));
		assertThat(resource("Composition").getOperation())
				.extracting(operation -> operation.getName())
				.contains("document");
	}

	@Test
	void expungeIsNotOffered() {
		assertThat(rest.getOperation())
				.extracting(operation -> operation.getName())
				.doesNotContain("expunge");
		assertThat(rest.getResource())
				.flatExtracting(CapabilityStatementRestResourceComponent::getOperation)
				.extracting(operation -> operation.getName())
				.doesNotContain("expunge");
	}

	@Test
	void bulkExportIsDeclaredAtEveryLevelWithTheBulkDataDefinitions() {
		assertThat(rest.getOperation())
				.extracting(operation -> operation.getName() + " " + operation.getDefinition())
				.contains("export http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
				.anyMatch(operation -> operation.startsWith("export-poll-status"));
		// HAPI merges Patient/$export and Patient/[id]/$export into one OperationDefinition of its own
		assertThat(resource("Patient").getOperation())
				.extracting(operation -> operation.getName())
				.contains("export");
		assertThat(resource("Group").getOperation())
				.extracting(operation -> operation.getName() + " " + operation.getDefinition())
				.contains("export http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
	}

	@Test
	void bulkImportIsDeclaredOnTheServer() {
		assertThat(rest.getOperation())
				.extracting(operation -> operation.getName())
				.contains("import", "import-poll-status");
	}

	@Test
	void batchIsDeclaredAndWorks() {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry()
				.setResource(TestData.patient("Batch"))
				.getRequest()
				.setMethod(Bundle.HTTPVerb.POST)
				.setUrl("Patient");

		Bundle answer = client.transaction().withBundle(batch).execute();

		assertThat(answer.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
		assertThat(answer.getEntryFirstRep().getResponse().getStatus()).startsWith("201");
		assertThat(rest.getInteraction())
				.extracting(SystemInteractionComponent::getCode)
				.extracting(code -> code.toCode())
				.contains("transaction", "batch", "history-system");
	}

	@Test
	void updateCreateIsDeclaredAndWorks() {
		Patient patient = TestData.patient("Update as create");
		patient.setId("uc-" + UUID.randomUUID().toString().substring(0, 8));

		var outcome = client.update().resource(patient).execute();

		assertThat(outcome.getCreated()).isTrue();
		assertThat(resource("Patient").getUpdateCreate()).isTrue();
		assertThat(resource("Patient").getInteraction())
				.extracting(ResourceInteractionComponent::getCode)
				.extracting(code -> code.toCode())
				.contains("update");
	}

	/**
	 * Everything the guide's server requirements ({@code CapabilityStatement/ball-hsct-server} in our package) mark
	 * SHALL, the server declares: system interactions, and per resource type its interactions, search parameters (ours
	 * by their canonical) and operations. {@code SearchParametersIT} runs the guide's searches on the examples.
	 */
	@Test
	void theServerDeclaresEveryShallOfTheGuidesServerRequirements() {
		CapabilityStatementRestComponent required = ImplementationGuide.fromClasspath()
				.capabilityStatement(FHIR, Canonicals.SERVER_REQUIREMENTS)
				.getRestFirstRep();

		assertThat(codes(rest.getInteraction(), i -> i.getCode().toCode()))
				.containsAll(shall(required.getInteraction(), i -> i.getCode().toCode()));
		assertThat(codes(rest.getOperation(), o -> o.getName()))
				.containsAll(shall(required.getOperation(), o -> o.getName()));
		for (CapabilityStatementRestResourceComponent requiredResource : required.getResource()) {
			CapabilityStatementRestResourceComponent declared = resource(requiredResource.getType());
			String type = requiredResource.getType();
			assertThat(codes(declared.getInteraction(), i -> i.getCode().toCode()))
					.as(type)
					.containsAll(shall(
							requiredResource.getInteraction(), i -> i.getCode().toCode()));
			assertThat(codes(declared.getOperation(), o -> o.getName()))
					.as(type)
					.containsAll(shall(requiredResource.getOperation(), o -> o.getName()));
			for (var searchParam : requiredResource.getSearchParam()) {
				if (!"SHALL".equals(expectation(searchParam))) {
					continue;
				}
				assertThat(declared.getSearchParam())
						.as("%s?%s", type, searchParam.getName())
						.anySatisfy(found -> {
							assertThat(found.getName()).isEqualTo(searchParam.getName());
							assertThat(found.getType()).isEqualTo(searchParam.getType());
							if (searchParam.getDefinition().startsWith(Canonicals.BASE)) {
								assertThat(found.getDefinition()).isEqualTo(searchParam.getDefinition());
							}
						});
			}
		}
	}

	static final FhirContext FHIR = FhirContext.forR4Cached();

	static String expectation(Element requirement) {
		return requirement
				.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/capabilitystatement-expectation")
				.getValue()
				.primitiveValue();
	}

	static <T extends Element> List<String> shall(List<T> requirements, Function<T, String> code) {
		List<String> codes = requirements.stream()
				.filter(requirement -> "SHALL".equals(expectation(requirement)))
				.map(code)
				.toList();
		return codes;
	}

	static <T> List<String> codes(List<T> declared, Function<T, String> code) {
		return declared.stream().map(code).toList();
	}
}
