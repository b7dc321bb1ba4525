package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.IPreResourceAccessDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.InstantType;

/**
 * Honours {@code _since} and {@code _lastUpdated} of Patient {@code $everything}: only the resources updated within
 * the bounds are returned, on every page. HAPI 8.8.0 takes {@code _lastUpdated} into the operation's search and then
 * leaves it out of its "everything" query (hapi-fhir#8039), and does not know R4's {@code _since} at all, so both
 * answered the whole compartment, which a client that polls for changes cannot tell from "everything changed".
 *
 * <p>{@code _since} (an instant) becomes the lower bound of {@code _lastUpdated} before HAPI binds the request, so the
 * search HAPI registers, caches and pages carries the bound. When HAPI loads the search's results, before it stores
 * them as the pages of the search, the resources updated outside the bounds are left out. A {@code _since} that is
 * not an instant gets 400 ({@link IssueCode#SEARCH_REFUSED}); one given together with a lower bound of {@code _lastUpdated} gets
 * HAPI's 400 for two lower bounds.
 */
final class EverythingSince {

	private static final String SINCE = "_since";

	/** Request user data: the bounds of an everything search's {@code _lastUpdated}. */
	private static final String BOUNDS = EverythingSince.class.getName() + ".bounds";

	private final FhirContext fhirContext;

	EverythingSince(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void sinceIsALowerBoundOfLastUpdated(RequestDetails request) {
		String[] since = request.getParameters().get(SINCE);
		if (since == null || !isEverything(request)) {
			return;
		}
		if (since.length != 1 || !isInstant(since[0])) {
			throw RequestProblem.refusal(
					IssueCode.SEARCH_REFUSED,
					List.of(new RequestProblem(
							SINCE,
							"'" + String.join(",", since) + "' is not a valid value of " + SINCE
									+ " (an instant, such as 2024-05-01T00:00:00Z)")));
		}
		Map<String, String[]> parameters = new HashMap<>(request.getParameters());
		parameters.remove(SINCE);
		String[] lastUpdated = parameters.getOrDefault(Constants.PARAM_LASTUPDATED, new String[0]);
		parameters.put(
				Constants.PARAM_LASTUPDATED,
				Stream.concat(Arrays.stream(lastUpdated), Stream.of("ge" + since[0]))
						.toArray(String[]::new));
		request.setParameters(parameters);
	}

	/** The bounds of the search HAPI runs for the operation. */
	@Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
	void keepTheBounds(SearchParameterMap search, RequestDetails request) {
		DateRangeParam bounds = search.getLastUpdated();
		if (request != null && search.getEverythingMode() != null && bounds != null && !bounds.isEmpty()) {
			request.getUserData().put(BOUNDS, bounds);
		}
	}

	/** Leaves out of the search's results what was updated outside the bounds, before HAPI stores them as pages. */
	@Hook(Pointcut.STORAGE_PREACCESS_RESOURCES)
	void leaveOutWhatDidNotChange(IPreResourceAccessDetails results, RequestDetails request) {
		if (request == null || !(request.getUserData().get(BOUNDS) instanceof DateRangeParam bounds)) {
			return;
		}
		Date lower = bounds.getLowerBoundAsInstant();
		Date upper = bounds.getUpperBoundAsInstant();
		for (int i = 0; i < results.size(); i++) {
			IBaseResource resource = results.getResource(i);
			Date updated = resource == null ? null : resource.getMeta().getLastUpdated();
			if (updated != null
					&& ((lower != null && updated.before(lower)) || (upper != null && updated.after(upper)))) {
				results.setDontReturnResourceAtIndex(i);
			}
		}
	}

	private static boolean isEverything(RequestDetails request) {
		return "Patient".equals(request.getResourceName()) && "$everything".equals(request.getOperation());
	}

	private static boolean isInstant(String value) {
		try {
			return new InstantType(value).getValue() != null;
		} catch (DataFormatException | IllegalArgumentException malformed) {
			return false;
		}
	}
}
