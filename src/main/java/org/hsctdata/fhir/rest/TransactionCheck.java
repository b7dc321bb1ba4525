package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.util.UrlUtil;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntryRequestComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * Refuses, before anything of it is stored, a Bundle posted to the base that HAPI would process wrongly:
 *
 * <ul>
 *   <li>a Bundle that is neither a transaction nor a batch (HAPI processes one without a type as a transaction);
 *   <li>an entry without {@code request}, {@code request.method} or {@code request.url} (FHIR invariant bdl-3; HAPI
 *       creates an entry that has a method but no url);
 *   <li>in a transaction, a read or search of a resource type the server does not know, or a search HAPI would
 *       refuse: HAPI runs a transaction's reads after it has committed its writes, so the refusal came too late and
 *       the writes stayed stored;
 *   <li>in a transaction or batch, the criteria of a conditional write ({@code request.url} of a PUT, PATCH or DELETE
 *       with a query, {@code request.ifNoneExist}) that a search would refuse ({@link SearchRequestCheck}): HAPI
 *       matched them with the unknown modifiers left out, and so updated or deleted the wrong resources.
 * </ul>
 *
 * <p>HAPI 8.8.0: {@code BaseTransactionProcessor#processTransaction} assumes {@code transaction} for a Bundle without
 * a type (it logs a warning), accepts an empty {@code request.url}, and runs {@code doTransactionReadOperations} after
 * {@code prepareThenExecuteTransactionWriteOperations}. Canary: {@code
 * HapiCanariesIT#hapiProcessesABundleWithoutATypeAsATransaction}.
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
					IssueCode.TRANSACTION_REFUSED, problems(bundle, SearchRequestCheck.isStrict(request)));
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
			} else if (entry.getRequest().getMethod() == Bundle.HTTPVerb.GET) {
				if (bundle.getType() == BundleType.TRANSACTION) {
					problems.addAll(readProblems(entry.getRequest().getUrl(), at + ".url", strict));
				}
			} else {
				problems.addAll(conditionProblems(entry.getRequest(), at, strict));
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
		return searches.criteriaProblems(type, parts.getParams(), strict, location + ": ");
	}

	/**
	 * What is wrong with the criteria of a conditional write: a conditional update, patch or delete URL
	 * ({@code Patient?identifier=...}), or a create's {@code ifNoneExist}. HAPI stores the writes of a batch or
	 * transaction without asking the request checks, and matched these with the parts it did not understand left out.
	 */
	private List<RequestProblem> conditionProblems(BundleEntryRequestComponent request, String at, boolean strict) {
		String url = request.getUrl();
		int question = url.indexOf('?');
		String type = question < 0 ? url : url.substring(0, question);
		if (!fhirContext.getResourceTypes().contains(type)) {
			return List.of(); // an instance URL, or a type HAPI refuses itself before it stores anything
		}
		List<RequestProblem> problems = new ArrayList<>();
		if (question >= 0) {
			problems.addAll(searches.criteriaProblems(type, url, strict, at + ".url: "));
		}
		if (request.hasIfNoneExist()) {
			problems.addAll(searches.criteriaProblems(type, request.getIfNoneExist(), strict, at + ".ifNoneExist: "));
		}
		return problems;
	}
}
