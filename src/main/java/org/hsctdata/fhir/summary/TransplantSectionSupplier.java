package org.hsctdata.fhir.summary;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.api.ISectionResourceSupplier;
import ca.uhn.fhir.jpa.ips.api.IpsContext;
import ca.uhn.fhir.jpa.ips.api.IpsSectionContext;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hsctdata.fhir.conformance.Canonicals;

/**
 * The transplant section, which IPS does not have: each haematopoietic stem cell transplant (an HSCT Procedure,
 * SNOMED CT 234336002) with its donor and grafts (the HSCT's {@code donor} and {@code graft} extensions), the
 * engraftment and HLA-match Observations, the GvHD Conditions (acute, chronic or unspecified), and the latest disease
 * status (LOINC 97509-4). Entered-in-error and not-done records are left out. Empty when the patient had no HSCT
 * (CAR-T only), and then the section is not in the summary.
 */
final class TransplantSectionSupplier implements ISectionResourceSupplier {

	static final String SNOMED = "http://snomed.info/sct";
	static final String LOINC = "http://loinc.org";
	static final String HSCT = "234336002";
	static final List<String> GVHD = List.of("402355000", "402356004", "234646005");
	static final String DISEASE_STATUS = "97509-4";
	static final String HLA_MATCH = "96061-7";

	private final DaoRegistry daos;

	TransplantSectionSupplier(DaoRegistry daos) {
		this.daos = daos;
	}

	@Override
	public <T extends IBaseResource> List<ResourceEntry> fetchResourcesForSection(
			IpsContext ipsContext, IpsSectionContext<T> sectionContext, RequestDetails request) {
		String patient = ipsContext.getSubjectId().toUnqualifiedVersionless().getValue();
		List<Procedure> transplants = search(Procedure.class, patient, SNOMED, List.of(HSCT), request).stream()
				.filter(procedure -> procedure.getStatus() != Procedure.ProcedureStatus.ENTEREDINERROR
						&& procedure.getStatus() != Procedure.ProcedureStatus.NOTDONE)
				.toList();
		if (transplants.isEmpty()) {
			return null;
		}
		Set<IBaseResource> chosen = new LinkedHashSet<>();
		for (Procedure transplant : transplants) {
			chosen.add(transplant);
			for (Extension extension : transplant.getExtension()) {
				if ((extension.getUrl().equals(Canonicals.structureDefinition("donor"))
								|| extension.getUrl().equals(Canonicals.structureDefinition("graft")))
						&& extension.getValue() instanceof Reference target
						&& target.getReferenceElement().hasIdPart()
						&& target.getReferenceElement().hasResourceType()) {
					// a graft is in no patient's compartment: a patient-scoped caller may not read it
					WithReferencedResources.read(daos, target.getReferenceElement(), request)
							.ifPresent(chosen::add);
				}
			}
		}
		chosen.addAll(current(search(Observation.class, patient, LOINC, List.of(HLA_MATCH), request)));
		chosen.addAll(current(
				search(Observation.class, patient, Canonicals.LOCAL_CODE_SYSTEM, List.of("engraftment"), request)));
		search(Condition.class, patient, SNOMED, GVHD, request).stream()
				.filter(condition -> !condition
						.getVerificationStatus()
						.hasCoding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "entered-in-error"))
				.forEach(chosen::add);
		chosen.addAll(LatestResults.latestPerCode(
				current(search(Observation.class, patient, LOINC, List.of(DISEASE_STATUS), request))));
		List<ResourceEntry> entries = new ArrayList<>();
		chosen.forEach(resource -> entries.add(new ResourceEntry(resource, InclusionTypeEnum.PRIMARY_RESOURCE)));
		return entries;
	}

	private static List<Observation> current(List<Observation> observations) {
		return observations.stream()
				.filter(observation -> observation.getStatus() != Observation.ObservationStatus.ENTEREDINERROR
						&& observation.getStatus() != Observation.ObservationStatus.CANCELLED)
				.toList();
	}

	private <R extends IBaseResource> List<R> search(
			Class<R> type, String patient, String system, List<String> codes, RequestDetails request) {
		TokenOrListParam code = new TokenOrListParam();
		codes.forEach(value -> code.addOr(new TokenParam(system, value)));
		SearchParameterMap search = SearchParameterMap.newSynchronous()
				.add("patient", new ReferenceParam(patient))
				.add("code", code);
		return daos.getResourceDao(type).search(search, request).getAllResources().stream()
				.map(type::cast)
				.toList();
	}
}
