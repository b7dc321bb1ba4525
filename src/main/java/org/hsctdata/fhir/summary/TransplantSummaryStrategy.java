package org.hsctdata.fhir.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.jpa.ips.api.Section;
import ca.uhn.fhir.jpa.ips.jpa.DefaultJpaIpsGenerationStrategy;
import ca.uhn.fhir.jpa.ips.jpa.JpaSectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.jpa.JpaSectionSearchStrategy;
import ca.uhn.fhir.jpa.ips.jpa.JpaSectionSearchStrategyCollection;
import ca.uhn.fhir.jpa.ips.jpa.section.DiagnosticResultsJpaSectionSearchStrategyDiagnosticReport;
import ca.uhn.fhir.jpa.ips.jpa.section.DiagnosticResultsJpaSectionSearchStrategyObservation;
import ca.uhn.fhir.jpa.ips.jpa.section.MedicationSummaryJpaSectionSearchStrategyMedicationDispense;
import ca.uhn.fhir.jpa.ips.jpa.section.MedicationSummaryJpaSectionSearchStrategyMedicationRequest;
import ca.uhn.fhir.jpa.ips.jpa.section.MedicationSummaryJpaSectionSearchStrategyMedicationStatement;
import ca.uhn.fhir.jpa.ips.jpa.section.ProceduresJpaSectionSearchStrategy;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.annotation.Nonnull;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.hsctdata.fhir.conformance.Canonicals;

/**
 * What our summary holds, on HAPI's IPS generator ({@code DefaultJpaIpsGenerationStrategy}): the three sections IPS
 * 2.0.0 requires (allergies, medications, problems), procedures, results and our transplant section, in that order,
 * each with the resources its entries refer to ({@link WithReferencedResources}). The differences from HAPI's
 * default strategy (8.8.0), each because the default leaves out transplant data or emits what IPS 2.0.0 rejects
 * (docs/summary.md):
 *
 * <ul>
 *   <li>Problems: every Condition not entered in error or refuted; HAPI's leaves out resolved and inactive ones, and
 *       so a resolved complication of a transplant.
 *   <li>Medications: MedicationAdministrations whatever their status but entered in error or not done; HAPI's takes
 *       only in-progress, on-hold and unknown ones, and so none of the completed conditioning, prophylaxis and
 *       immunotherapy.
 *   <li>Results: the latest of each code ({@link LatestResultsSupplier}).
 *   <li>An empty required section gets {@code emptyReason} "unavailable" ({@link #postManipulateIpsBundle});
 *       HAPI's "no information" resources code {@code absent-unknown-uv-ips}, a code system of IPS 1.x that IPS
 *       2.0.0 no longer has.
 *   <li>The author is this server, a Device; HAPI's default author is an Organization in Nicosia.
 *   <li>A Patient without a name or birth date (our examples are anonymous) gets a {@code data-absent-reason} on
 *       each in the summary, which IPS 2.0.0's Patient requires (name 1..*, ips-pat-1; birthDate 1..1).
 * </ul>
 *
 * Immunisations, devices, vital signs, pregnancy, social history, past illness, functional status, plan of care and
 * advance directives are not in our guide's data and are left out.
 */
class TransplantSummaryStrategy extends DefaultJpaIpsGenerationStrategy {

	/** The key of the transplant section's narrative template (summary-narratives.properties); not a profile. */
	static final String TRANSPLANT_SECTION_TEMPLATE =
			"https://fhir.hsctdata.org/ig/ball-hsct/summary/transplant-section";

	static final String TRANSPLANT_SECTION_CODE = "transplant-summary";

	static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

	private static final String SECTION =
			"https://hl7.org/fhir/uv/ips/StructureDefinition-Composition-uv-ips-definitions.html#Composition.section:";

	/** The sections IPS 2.0.0 requires: LOINC code, title. */
	static final List<List<String>> REQUIRED_SECTIONS = List.of(
			List.of(SECTION_CODE_ALLERGY_INTOLERANCE, "Allergies and Intolerances"),
			List.of(SECTION_CODE_MEDICATION_SUMMARY, "Medication List"),
			List.of(SECTION_CODE_PROBLEM_LIST, "Problem List"));

	private final DaoRegistry daos;
	private final FhirContext fhirContext;

	TransplantSummaryStrategy(DaoRegistry daos, FhirContext fhirContext) {
		this.daos = daos;
		this.fhirContext = fhirContext;
		setDaoRegistry(daos);
		setFhirContext(fhirContext);
	}

	@Override
	protected void addSections() {
		addJpaSectionAllergyIntolerance();
		section(
				Section.newBuilder()
						.withTitle("Medication List")
						.withSectionSystem(SECTION_SYSTEM_LOINC)
						.withSectionCode(SECTION_CODE_MEDICATION_SUMMARY)
						.withSectionDisplay("History of Medication use Narrative")
						.withResourceType(MedicationStatement.class)
						.withResourceType(MedicationRequest.class)
						.withResourceType(MedicationAdministration.class)
						.withResourceType(MedicationDispense.class)
						.withProfile(SECTION + "sectionMedications")
						.build(),
				JpaSectionSearchStrategyCollection.newBuilder()
						.addStrategy(MedicationAdministration.class, new AdministrationsGiven())
						.addStrategy(
								MedicationDispense.class,
								new MedicationSummaryJpaSectionSearchStrategyMedicationDispense())
						.addStrategy(
								MedicationRequest.class,
								new MedicationSummaryJpaSectionSearchStrategyMedicationRequest())
						.addStrategy(
								MedicationStatement.class,
								new MedicationSummaryJpaSectionSearchStrategyMedicationStatement())
						.build());
		section(
				Section.newBuilder()
						.withTitle("Problem List")
						.withSectionSystem(SECTION_SYSTEM_LOINC)
						.withSectionCode(SECTION_CODE_PROBLEM_LIST)
						.withSectionDisplay("Problem list - Reported")
						.withResourceType(Condition.class)
						.withProfile(SECTION + "sectionProblems")
						.build(),
				JpaSectionSearchStrategyCollection.newBuilder()
						.addStrategy(Condition.class, new EveryProblem())
						.build());
		section(
				Section.newBuilder()
						.withTitle("History of Procedures")
						.withSectionSystem(SECTION_SYSTEM_LOINC)
						.withSectionCode(SECTION_CODE_PROCEDURES)
						.withSectionDisplay("History of Procedures Document")
						.withResourceType(Procedure.class)
						.withProfile(SECTION + "sectionProceduresHx")
						.build(),
				JpaSectionSearchStrategyCollection.newBuilder()
						.addStrategy(Procedure.class, new ProceduresJpaSectionSearchStrategy())
						.build());
		addSection(
				Section.newBuilder()
						.withTitle("Diagnostic Results")
						.withSectionSystem(SECTION_SYSTEM_LOINC)
						.withSectionCode(SECTION_CODE_DIAGNOSTIC_RESULTS)
						.withSectionDisplay("Relevant diagnostic tests/laboratory data Narrative")
						.withResourceType(DiagnosticReport.class)
						.withResourceType(Observation.class)
						.withProfile(SECTION + "sectionResults")
						.build(),
				new WithReferencedResources(
						new LatestResultsSupplier(new JpaSectionResourceSupplier(
								JpaSectionSearchStrategyCollection.newBuilder()
										.addStrategy(
												DiagnosticReport.class,
												new DiagnosticResultsJpaSectionSearchStrategyDiagnosticReport())
										.addStrategy(
												Observation.class,
												new DiagnosticResultsJpaSectionSearchStrategyObservation())
										.build(),
								daos,
								fhirContext)),
						daos,
						fhirContext));
		addSection(
				Section.newBuilder()
						.withTitle("Haematopoietic stem cell transplants")
						.withSectionSystem(Canonicals.LOCAL_CODE_SYSTEM)
						.withSectionCode(TRANSPLANT_SECTION_CODE)
						.withSectionDisplay("Haematopoietic stem cell transplant summary")
						.withResourceType(Procedure.class)
						.withProfile(TRANSPLANT_SECTION_TEMPLATE)
						.build(),
				new WithReferencedResources(new TransplantSectionSupplier(daos), daos, fhirContext));
	}

	@Override
	protected void addJpaSection(Section section, JpaSectionSearchStrategyCollection searchStrategies) {
		section(section, searchStrategies);
	}

	/** HAPI's section, without its "no information" resource, and with the resources its entries refer to. */
	private void section(Section section, JpaSectionSearchStrategyCollection searchStrategies) {
		Section withoutNoInfo =
				Section.newBuilder(section).withNoInfoGenerator(null).build();
		addSection(
				withoutNoInfo,
				new WithReferencedResources(
						new JpaSectionResourceSupplier(searchStrategies, daos, fhirContext), daos, fhirContext));
	}

	@Override
	public List<String> getNarrativePropertyFiles() {
		// ours first: its medication template takes the place of HAPI's
		List<String> files = new ArrayList<>();
		files.add("classpath:org/hsctdata/fhir/summary/summary-narratives.properties");
		files.addAll(super.getNarrativePropertyFiles());
		return files;
	}

	@Override
	public IBaseResource createAuthor() {
		Device server = new Device();
		server.setId(IdType.newRandomUuid());
		server.addDeviceName().setName("B-ALL / HSCT FHIR server").setType(Device.DeviceNameType.USERFRIENDLYNAME);
		server.getText()
				.setStatus(Narrative.NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">B-ALL / HSCT FHIR server, which assembled"
						+ " this summary from the records it holds</div>");
		return server;
	}

	@Override
	public String createTitle(IpsContext context) {
		return "International Patient Summary with transplant history, " + LocalDate.now();
	}

	@Nonnull
	@Override
	public IBaseResource fetchPatient(IIdType patientId, RequestDetails request) {
		return withAbsentReasons((Patient) super.fetchPatient(patientId, request));
	}

	@Nonnull
	@Override
	public IBaseResource fetchPatient(ca.uhn.fhir.rest.param.TokenParam identifier, RequestDetails request) {
		return withAbsentReasons((Patient) super.fetchPatient(identifier, request));
	}

	/** IPS 2.0.0 requires a name and a birth date; an anonymous record says why it has none. */
	static Patient withAbsentReasons(Patient patient) {
		if (patient.getName().stream().noneMatch(name -> name.hasFamily() || name.hasGiven() || name.hasText())) {
			patient.getName().clear();
			patient.addName()
					.setText("Name not recorded")
					.addExtension(new Extension(DATA_ABSENT_REASON, new CodeType("unknown")));
		}
		if (!patient.hasBirthDate()) {
			DateType birthDate = new DateType();
			birthDate.addExtension(new Extension(DATA_ABSENT_REASON, new CodeType("unknown")));
			patient.setBirthDateElement(birthDate);
		}
		return patient;
	}

	/**
	 * Adds each required section the patient has no entries for, with the reason it is empty.
	 */
	@Override
	public void postManipulateIpsBundle(IBaseBundle bundle) {
		Composition composition =
				(Composition) ((Bundle) bundle).getEntryFirstRep().getResource();
		uniqueNarrativeIds(composition);
		for (List<String> required : REQUIRED_SECTIONS) {
			boolean present = composition.getSection().stream()
					.anyMatch(section -> section.getCode().hasCoding(SECTION_SYSTEM_LOINC, required.get(0)));
			if (!present) {
				Composition.SectionComponent section = composition.addSection().setTitle(required.get(1));
				section.getCode().addCoding().setSystem(SECTION_SYSTEM_LOINC).setCode(required.get(0));
				section.setEmptyReason(new CodeableConcept(new Coding(
						"http://terminology.hl7.org/CodeSystem/list-empty-reason", "unavailable", "Unavailable")));
				section.getText()
						.setStatus(Narrative.NarrativeStatus.GENERATED)
						.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">No information recorded.</div>");
			}
		}
	}

	/**
	 * Every entry of the document gets a {@code urn:uuid:} fullUrl, derived from the resource's URL on this server (so
	 * two summaries of one record name an entry alike), and every reference names it so. HAPI (8.8.0) gives the
	 * Composition a {@code urn:uuid:} fullUrl but the stored resources their server URLs, and writes the Composition's
	 * subject and section entries as references relative to the server ({@code Observation/12}). A relative reference
	 * resolves against the fullUrl of the resource it is in (FHIR R4 Bundle, "Resolving references in Bundles"), and
	 * a {@code urn:uuid:} has no base, so not one of them resolves and the HL7 validator rejects each. (Absolute
	 * references would not survive: the server writes references to itself relative when it encodes its answer.)
	 * HAPI rewrites the references inside the entries to the new ids itself.
	 */
	@Override
	public IIdType massageResourceId(@Nullable IpsContext context, @Nonnull IBaseResource resource) {
		IIdType id = resource.getIdElement();
		if (id.isEmpty() || id.getValue().startsWith("urn:") || !id.hasResourceType() || !id.hasIdPart()) {
			return null; // the Composition and its author have urn:uuid ids already
		}
		return documentId(id);
	}

	/** The {@code urn:uuid:} of a stored resource in the document, from its versionless URL on this server. */
	static IdType documentId(IIdType serverId) {
		String url = serverId.toVersionless().getValue();
		return new IdType("urn:uuid:" + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A resource that is an entry of two sections (an HSCT among the procedures and the transplants) gets a row with
	 * the same XHTML id in both section narratives, from HAPI's templates and ours, which key the row by the resource
	 * alone; the resource's {@code narrativeLink} then names two places, and the HL7 validator rejects it. The first
	 * row, where the link points, keeps the id; the later ones get the section's code appended.
	 */
	static void uniqueNarrativeIds(Composition composition) {
		Set<String> seen = new HashSet<>();
		for (Composition.SectionComponent section : composition.getSection()) {
			if (section.getText().getDiv() != null) {
				renameRepeatedIds(
						section.getText().getDiv(),
						seen,
						section.getCode().getCodingFirstRep().getCode());
			}
		}
	}

	private static void renameRepeatedIds(XhtmlNode node, Set<String> seen, String suffix) {
		String id = node.getAttribute("id");
		if (id != null && !id.isEmpty() && !seen.add(id)) {
			node.setAttribute("id", id + "-" + suffix);
		}
		for (XhtmlNode child : node.getChildNodes()) {
			renameRepeatedIds(child, seen, suffix);
		}
	}

	/** Every Condition but those entered in error or refuted. */
	static final class EveryProblem extends JpaSectionSearchStrategy<Condition> {
		@Override
		public boolean shouldInclude(@Nonnull IpsSectionContext<Condition> section, @Nonnull Condition condition) {
			return !condition
							.getVerificationStatus()
							.hasCoding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "entered-in-error")
					&& !condition
							.getVerificationStatus()
							.hasCoding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "refuted");
		}
	}

	/** Every MedicationAdministration but those entered in error or not done. */
	static final class AdministrationsGiven extends JpaSectionSearchStrategy<MedicationAdministration> {
		@Override
		public boolean shouldInclude(
				@Nonnull IpsSectionContext<MedicationAdministration> section,
				@Nonnull MedicationAdministration administration) {
			return administration.getStatus() != MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR
					&& administration.getStatus() != MedicationAdministration.MedicationAdministrationStatus.NOTDONE;
		}
	}
}
