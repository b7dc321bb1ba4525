package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters.ExportStyle;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.rest.IssueCode;

/**
 * Cohorts defined by a search ({@code CohortGroup} with {@code actual} = false): a Group whose
 * {@code cohort-definition} extension (or HL7's {@code characteristicExpression}) holds a FHIR query of Patients. HAPI's group export reads only
 * {@code Group.member}; for such a Group the search is run when the export starts, and the export becomes the export
 * of the patients it finds, as {@code Patient/$export} with their ids. (A search that finds nobody leaves the Group
 * export as it is: a Group without members exports no patient.)
 */
final class Cohorts {

	/** The guide's extension, and HL7's counterpart (hl7.fhir.uv.extensions), read on a Group that claims no profile. */
	static final List<String> EXPRESSIONS = List.of(
			Canonicals.structureDefinition("cohort-definition"),
			"http://hl7.org/fhir/StructureDefinition/characteristicExpression");

	static final String FHIR_QUERY = "application/x-fhir-query";

	private static final String PATIENT_SEARCH = "Patient?";

	private final DaoRegistry daos;

	private final MatchUrlService searches;

	private final FhirContext fhirContext;

	Cohorts(DaoRegistry daos, MatchUrlService searches, FhirContext fhirContext) {
		this.daos = daos;
		this.searches = searches;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
	void exportTheMembersOfADefinedCohort(BulkExportJobParameters parameters, RequestDetails request) {
		if (parameters.getExportStyle() != ExportStyle.GROUP) {
			return;
		}
		Group group = (Group) daos.getResourceDao("Group").read(new IdType(parameters.getGroupId()), request);
		Optional<String> search = definingSearch(group);
		if (search.isEmpty()) {
			return;
		}
		List<String> members = members(group, search.get());
		if (!members.isEmpty()) {
			parameters.setExportStyle(ExportStyle.PATIENT);
			parameters.setPatientIds(members);
		}
	}

	/** The Patient search that defines a cohort, if the Group is defined by one. */
	static Optional<String> definingSearch(Group group) {
		if (group.getActual()) {
			return Optional.empty();
		}
		return EXPRESSIONS.stream()
				.map(group::getExtensionByUrl)
				.filter(extension -> extension != null && extension.getValue() instanceof Expression)
				.map(extension -> (Expression) extension.getValue())
				.filter(expression -> FHIR_QUERY.equals(expression.getLanguage()))
				.map(Expression::getExpression)
				.findFirst();
	}

	private List<String> members(Group group, String search) {
		String cohort = group.getIdElement().toUnqualifiedVersionless().getValue();
		if (!search.startsWith(PATIENT_SEARCH)) {
			throw IssueCode.BULK_EXPORT_REFUSED.exception(
					cohort + " is defined by '" + search + "', which is no search of Patients (Patient?...)");
		}
		try {
			SearchParameterMap map = searches.translateMatchUrl(search, fhirContext.getResourceDefinition("Patient"));
			map.setLoadSynchronous(true);
			List<IIdType> found = daos.getResourceDao("Patient").searchForResourceIds(map, new SystemRequestDetails());
			return found.stream()
					.map(id -> id.toUnqualifiedVersionless().getValue())
					.toList();
		} catch (InvalidRequestException unrunnable) {
			throw IssueCode.BULK_EXPORT_REFUSED.exception(
					cohort + " is defined by a search the server cannot run: " + unrunnable.getMessage());
		}
	}
}
