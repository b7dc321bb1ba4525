package org.hsctdata.fhir.summary;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier.InclusionTypeEnum;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier.ResourceEntry;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.jpa.ips.api.Section;
import ca.uhn.fhir.jpa.ips.generator.IpsGeneratorSvcImpl;
import ca.uhn.fhir.jpa.ips.strategy.AllergyIntoleranceNoInfoR4Generator;
import ca.uhn.fhir.jpa.ips.strategy.BaseIpsGenerationStrategy;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.BundleLinks;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import jakarta.annotation.Nonnull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.hapi.rest.server.R4BundleFactory;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The canaries of HAPI's IPS generator (8.8.0), without a server: each asserts a behaviour our summary works around
 * (docs/summary.md), and fails once an upgrade changes it, saying which workaround to revisit.
 */
class HapiIpsCanaryTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	/** A two-section summary whose sections return what the map says, HAPI's generator and nothing of ours. */
	static Bundle generate(Map<String, Supplier<List<ResourceEntry>>> sections) {
		Map<String, ISectionResourceSupplier> suppliers = new java.util.LinkedHashMap<>();
		sections.forEach((title, entries) -> suppliers.put(title, new ISectionResourceSupplier() {
			@Override
			public <T extends IBaseResource> List<ResourceEntry> fetchResourcesForSection(
					IpsContext context, IpsSectionContext<T> section, RequestDetails request) {
				return entries.get();
			}
		}));
		return generateWith(suppliers);
	}

	/** A summary whose sections (in map order) have these suppliers, made by HAPI's generator. */
	static Bundle generateWith(Map<String, ISectionResourceSupplier> sections) {
		BaseIpsGenerationStrategy strategy = new BaseIpsGenerationStrategy() {
			@Override
			public void initialize() {
				sections.forEach((title, entries) -> addSection(
						Section.newBuilder()
								.withTitle(title)
								.withSectionSystem("http://loinc.org")
								.withSectionCode(title)
								.withSectionDisplay(title)
								.withResourceType(title.equals("problems") ? Condition.class : Procedure.class)
								.withProfile("urn:test:" + title)
								.build(),
						entries));
			}

			@Nonnull
			@Override
			public IBaseResource fetchPatient(IIdType id, RequestDetails request) {
				return new Patient().setId("Patient/1");
			}

			@Nonnull
			@Override
			public IBaseResource fetchPatient(TokenParam identifier, RequestDetails request) {
				return fetchPatient((IIdType) null, request);
			}
		};
		SystemRequestDetails request = new SystemRequestDetails() {
			@Override
			public String getFhirServerBase() {
				return "http://example.org/fhir";
			}

			@Override
			public FhirContext getFhirContext() {
				return FHIR;
			}
		};
		return (Bundle) new IpsGeneratorSvcImpl(FHIR, strategy).generateIps(request, new IdType("Patient/1"), null);
	}

	static Condition problem() {
		Condition condition = new Condition();
		condition.setId("Condition/1");
		condition.setSubject(new Reference("Patient/1"));
		return condition;
	}

	static Procedure procedure(Reference reason) {
		Procedure procedure = new Procedure();
		procedure.setId("Procedure/1");
		procedure.setSubject(new Reference("Patient/1"));
		procedure.addReasonReference(reason);
		return procedure;
	}

	static List<String> entries(Bundle summary, String section) {
		return ((Composition) summary.getEntryFirstRep().getResource())
				.getSection().stream()
						.filter(s -> s.getTitle().equals(section))
						.flatMap(s -> s.getEntry().stream())
						.map(Reference::getReference)
						.toList();
	}

	@Test
	void aResourceListedInOneSectionIsListedInALaterSectionThatHasItOnlyAsASecondaryResource() {
		// WithReferencedResources does not supply a resource again that an earlier section supplied
		Bundle summary = generate(
				new java.util.LinkedHashMap<>(Map.of(
						"problems", () -> List.of(new ResourceEntry(problem(), InclusionTypeEnum.PRIMARY_RESOURCE)))) {
					{
						put(
								"procedures",
								() -> List.of(
										new ResourceEntry(
												procedure(new Reference("Condition/1")),
												InclusionTypeEnum.PRIMARY_RESOURCE),
										new ResourceEntry(problem(), InclusionTypeEnum.SECONDARY_RESOURCE)));
					}
				});

		assertThat(entries(summary, "procedures"))
				.containsExactly("http://example.org/fhir/Procedure/1", "http://example.org/fhir/Condition/1");
	}

	@Test
	void aReferenceToAResourceTheSummaryDoesNotHoldIsEmptied() {
		// WithReferencedResources brings every target along
		Bundle summary = generate(Map.of(
				"procedures",
				() -> List.of(new ResourceEntry(
						procedure(new Reference("Condition/9")), InclusionTypeEnum.PRIMARY_RESOURCE))));

		Procedure procedure = summary.getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter(Procedure.class::isInstance)
				.map(Procedure.class::cast)
				.findFirst()
				.orElseThrow();
		assertThat(procedure.getReasonReferenceFirstRep().getReference()).isNull();
	}

	@Test
	void theCompositionHasAUrnButTheEntriesServerUrls() {
		// TransplantSummaryStrategy.massageResourceId: urn:uuid for every entry
		Bundle summary = generate(
				Map.of("problems", () -> List.of(new ResourceEntry(problem(), InclusionTypeEnum.PRIMARY_RESOURCE))));
		Composition composition = (Composition) summary.getEntryFirstRep().getResource();

		assertThat(summary.getEntryFirstRep().getFullUrl()).startsWith("urn:uuid:");
		assertThat(summary.getEntry().get(1).getFullUrl()).isEqualTo("http://example.org/fhir/Patient/1");
		assertThat(composition.getSubject().getReference()).isEqualTo("Patient/1");
	}

	@Test
	void hapisDocumentBundleIsASearchSetTypedDocument() {
		// DocumentBundles: what $document answers with is built as a search's bundle is (R4BundleFactory)
		Composition composition = new Composition();
		composition.setId("Composition/1");
		Patient patient = new Patient();
		patient.setId("Patient/1");
		ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(patient, BundleEntrySearchModeEnum.INCLUDE);
		R4BundleFactory factory = new R4BundleFactory(FHIR);
		factory.addRootPropertiesToBundle(
				"1", new BundleLinks("http://example.org/fhir", Set.of(), false, BundleTypeEnum.DOCUMENT), 1, null);
		factory.addResourcesToBundle(
				List.of(composition, patient), BundleTypeEnum.DOCUMENT, "http://example.org/fhir", null, Set.of());
		Bundle document = (Bundle) factory.getResourceBundle();

		assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
		assertThat(document.hasIdentifier()).isFalse();
		assertThat(document.hasTimestamp()).isFalse();
		assertThat(document.getTotal()).isEqualTo(1);
		assertThat(document.getEntry().get(1).getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.INCLUDE);
	}

	@Test
	void theDefaultAuthorIsAnOrganizationInNicosia() {
		// TransplantSummaryStrategy.createAuthor: this server, a Device
		BaseIpsGenerationStrategy strategy = new BaseIpsGenerationStrategy() {
			@Override
			public void initialize() {}

			@Nonnull
			@Override
			public IBaseResource fetchPatient(IIdType id, RequestDetails request) {
				throw new UnsupportedOperationException();
			}

			@Nonnull
			@Override
			public IBaseResource fetchPatient(TokenParam identifier, RequestDetails request) {
				throw new UnsupportedOperationException();
			}
		};
		assertThat(strategy.createAuthor())
				.isInstanceOfSatisfying(
						Organization.class,
						author -> assertThat(author.getAddressFirstRep().getCity())
								.isEqualTo("Nicosia"));
	}

	@Test
	void theNoInformationAllergyCodesACodeSystemOfIps1() {
		// TransplantSummaryStrategy.postManipulateIpsBundle: emptyReason instead (IPS 2.0.0 has no such code system)
		AllergyIntolerance noInfo =
				(AllergyIntolerance) new AllergyIntoleranceNoInfoR4Generator().generate(new IdType("Patient/1"));

		assertThat(noInfo.getCode().getCodingFirstRep().getSystem())
				.isEqualTo("http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips");
	}
}
