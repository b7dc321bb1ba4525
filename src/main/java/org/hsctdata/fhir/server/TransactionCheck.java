package org.hsctdata.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * Refuses, before anything of it is stored, a Bundle posted to the base that HAPI would process wrongly:
 *
 * <ul>
 *   <li>a Bundle that is neither a transaction nor a batch (HAPI runs one without a type as an empty transaction);
 *   <li>an entry without {@code request}, {@code request.method} or {@code request.url} (FHIR invariant bdl-3; HAPI
 *       creates such an entry anyway);
 *   <li>in a transaction, a read or search of a resource type the server does not know, or a search HAPI would
 *       refuse: HAPI runs a transaction's reads after it has committed its writes, so the refusal came too late and
 *       the writes stayed stored.
 * </ul>
 */
final class TransactionCheck {

	private final FhirContext fhirContext;

	private final SearchRequestCheck searches;

	TransactionCheck(FhirContext fhirContext, SearchRequestCheck searches) {
		this.fhirContext = fhirContext;
		this.searches = searches;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkBundle(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation == RestOperationTypeEnum.TRANSACTION && request.getResource() instanceof Bundle bundle) {
			RequestProblem.refuseIfAny(
					fhirContext, "HSCT-0463", problems(bundle, SearchRequestCheck.isStrict(request)));
		}
	}

	List<RequestProblem> problems(Bundle bundle, boolean strict) {
		if (bundle.getType() != BundleType.TRANSACTION && bundle.getType() != BundleType.BATCH) {
			return List.of(new RequestProblem(
					"Bundle.type",
					"a Bundle posted to the base is a transaction or a batch, not "
							+ (bundle.hasType() ? "a " + bundle.getType().toCode() : "a Bundle without a type")));
		}
		List<RequestProblem> problems = new ArrayList<>();
		for (int i = 0; i < bundle.getEntry().size(); i++) {
			BundleEntryComponent entry = bundle.getEntry().get(i);
			String at = "Bundle.entry[" + i + "].request";
			if (!entry.hasRequest() || !entry.getRequest().hasMethod()) {
				problems.add(new RequestProblem(
						at + ".method",
						"every entry of a " + bundle.getType().toCode() + " needs request.method and request.url"));
			} else if (!entry.getRequest().hasUrl()) {
				problems.add(new RequestProblem(
						at + ".url",
						"every entry of a " + bundle.getType().toCode() + " needs request.method and request.url"));
			} else if (bundle.getType() == BundleType.TRANSACTION
					&& entry.getRequest().getMethod() == Bundle.HTTPVerb.GET) {
				problems.addAll(readProblems(entry.getRequest().getUrl(), at + ".url", strict));
			}
		}
		return problems;
	}

	/** What would make HAPI refuse a read or search of a transaction after its writes are committed. */
	private List<RequestProblem> readProblems(String url, String location, boolean strict) {
		UrlUtil.UrlParts parts = UrlUtil.parseUrl(url);
		String type = parts.getResourceType();
		if (type == null || type.startsWith("$") || type.equals("metadata")) {
			return List.of(); // a system-level operation or the CapabilityStatement
		}
		if (!fhirContext.getResourceTypes().contains(type)) {
			return List.of(new RequestProblem(location, "'" + type + "' is not a resource type this server knows"));
		}
		if (parts.getResourceId() != null || parts.getParams() == null) {
			return List.of();
		}
		Map<String, String[]> parameters = UrlUtil.parseQueryString(parts.getParams());
		return searches.problems(type, parameters, strict, location + ": ");
	}
}
