package org.hsctdata.fhir.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.IQueryParameterType;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.param.StringOrListParam;
import ca.uhn.fhir.rest.param.StringParam;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Leaves AuditEvents out of {@code Patient/[id]/$everything} (and {@code Patient/$everything}) in the query itself,
 * so that its {@code total} and its pages count only what it returns. AuditEvents refer to the patient they are about,
 * so HAPI would count them in the patient's compartment; here the search is restricted with HAPI's {@code _type}
 * parameter of the operation: to every resource type but AuditEvent when the client names none, and to the client's
 * types less AuditEvent when it does (to the Patient alone, which $everything always returns, when AuditEvent was the
 * only one).
 *
 * <p>HAPI follows the references of the resources found only from the types in {@code _type}, so every other type is
 * listed: what they refer to is returned as before.
 */
final class AuditTrailOutOfEverything {

	private static final String AUDIT_EVENT = "AuditEvent";

	private final Set<String> everyTypeButAuditEvent;

	AuditTrailOutOfEverything(FhirContext fhir) {
		everyTypeButAuditEvent = new TreeSet<>(fhir.getResourceTypes());
		everyTypeButAuditEvent.remove(AUDIT_EVENT);
	}

	/** HAPI lets this hook change the search before it runs; a $everything search has its "everything mode". */
	@Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
	void leaveAuditTrailOut(SearchParameterMap search) {
		if (search.getEverythingMode() == null || !search.getEverythingMode().isPatient()) {
			return;
		}
		Set<String> types = search.containsKey(Constants.PARAM_TYPE) ? asked(search) : everyTypeButAuditEvent;
		StringOrListParam restricted = new StringOrListParam();
		types.forEach(type -> restricted.addOr(new StringParam(type)));
		search.remove(Constants.PARAM_TYPE);
		search.add(Constants.PARAM_TYPE, restricted);
	}

	/** The types the client named (comma-separated, in one or more {@code _type}), less AuditEvent. */
	private static Set<String> asked(SearchParameterMap search) {
		Set<String> types = new TreeSet<>();
		for (List<IQueryParameterType> or : search.get(Constants.PARAM_TYPE)) {
			for (IQueryParameterType type : or) {
				Arrays.stream(((StringParam) type).getValue().split(","))
						.map(String::trim)
						.filter(name -> !name.isEmpty() && !name.equals(AUDIT_EVENT))
						.forEach(types::add);
			}
		}
		if (types.isEmpty()) {
			types.add("Patient");
		}
		return types;
	}
}
