package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.RestSearchParameterTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import ca.uhn.fhir.util.UrlUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hsctdata.fhir.bulk.TypeFilters;

/**
 * Refuses a search that HAPI would answer with results that ignore part of the question: a modifier the parameter
 * does not have (FHIR: servers SHALL reject those), a result parameter with a value it does not define
 * ({@code _count=-1}, {@code _summary=bogus}), and, when the client asks for {@code Prefer: handling=strict}, a
 * {@code _}-parameter the server does not know. HAPI itself refuses unknown parameter names; this check reports them
 * too, so that every problem of a search is in one answer, and so that the searches inside a transaction are
 * refused before anything of it is stored ({@link TransactionCheck}). The same rules apply to the criteria of
 * conditional creates ({@code If-None-Exist}), updates, patches and deletes, which FHIR defines as searches (HAPI
 * matched them with an unknown modifier left out: {@code DELETE Practitioner?family:exakt=X} deleted by prefix), and
 * the result parameters to histories ({@code _offset=-1} was a 500, {@code _count=-1} an endless chain of pages), and
 * the {@code _typeFilter} queries of a bulk {@code $export} (HAPI 8.8.0 accepted {@code Observation?code:bad=x} and
 * then left every Observation out of the export).
 *
 * <p>HAPI 8.8.0 leaves out what it does not understand: {@code StringParam#doSetValueAsQueryToken} drops a modifier
 * it does not know ({@code family:exakt} searches as {@code family}), and {@code
 * SummaryEnumParameter#getSummaryValueOrNull} a {@code _summary} value. Canaries: {@code
 * HapiCanariesIT#hapiSearchesWithAModifierTheParameterDoesNotHave} and {@code
 * #hapiSearchesWithAResultParameterValueItDoesNotDefine}. Our stricter rules, with no canary: the report of unknown
 * parameter names, which HAPI refuses too, and the refusal of unknown {@code _}-parameters when the client asks for
 * {@code handling=strict}.
 */
final class SearchRequestCheck {

	private static final String EXPORT = "$export";

	private static final String TYPE_FILTER = "_typeFilter";

	/** The modifiers of each search parameter type (FHIR R4 search, plus HAPI's {@code :text} on strings). */
	private static final Map<RestSearchParameterTypeEnum, Set<String>> MODIFIERS = Map.of(
			RestSearchParameterTypeEnum.STRING, Set.of("missing", "exact", "contains", "text"),
			RestSearchParameterTypeEnum.TOKEN,
					Set.of("missing", "text", "not", "above", "below", "in", "not-in", "of-type"),
			RestSearchParameterTypeEnum.REFERENCE, Set.of("missing", "identifier", "above", "below"),
			RestSearchParameterTypeEnum.URI, Set.of("missing", "above", "below"),
			RestSearchParameterTypeEnum.DATE, Set.of("missing"),
			RestSearchParameterTypeEnum.NUMBER, Set.of("missing"),
			RestSearchParameterTypeEnum.QUANTITY, Set.of("missing"),
			RestSearchParameterTypeEnum.COMPOSITE, Set.of("missing"),
			RestSearchParameterTypeEnum.SPECIAL, Set.of("missing"));

	/** Result parameters, by name: which values each accepts. */
	private static final Map<String, Predicate<String>> RESULT_PARAMETERS = Map.ofEntries(
			Map.entry("_count", SearchRequestCheck::isNonNegativeInteger),
			Map.entry("_offset", SearchRequestCheck::isNonNegativeInteger),
			Map.entry("_summary", Set.of("true", "text", "data", "count", "false")::contains),
			Map.entry("_total", Set.of("none", "estimate", "accurate")::contains),
			Map.entry("_contained", Set.of("true", "false", "both")::contains),
			Map.entry("_containedType", Set.of("container", "contained")::contains),
			Map.entry("_sort", value -> true),
			Map.entry("_include", value -> true),
			Map.entry("_revinclude", value -> true),
			Map.entry("_elements", value -> true),
			Map.entry("_format", value -> true),
			Map.entry("_pretty", Set.of("true", "false")::contains));

	/** Parameters HAPI interprets itself (reverse chains, lists, full text, filters): left to it. */
	private static final Set<String> HAPI_INTERPRETS = Set.of("_has", "_list", "_text", "_content", "_filter");

	/** The modifiers of result parameters. */
	private static final Map<String, Set<String>> RESULT_MODIFIERS = Map.of(
			"_include", Set.of("iterate", "recurse"),
			"_revinclude", Set.of("iterate", "recurse"),
			"_elements", Set.of("exclude"));

	private final FhirContext fhirContext;

	private final ISearchParamRegistry searchParameters;

	SearchRequestCheck(FhirContext fhirContext, ISearchParamRegistry searchParameters) {
		this.fhirContext = fhirContext;
		this.searchParameters = searchParameters;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkSearch(RequestDetails request, RestOperationTypeEnum operation) {
		RequestProblem.refuseIfAny(IssueCode.SEARCH_REFUSED, problems(request, operation));
	}

	/**
	 * What is wrong with the search of a request: a search, the paging of a history, or the criteria of a conditional
	 * create ({@code If-None-Exist}), update, patch or delete, which FHIR defines as a search and HAPI would otherwise
	 * match with the wrong parts left out.
	 */
	private List<RequestProblem> problems(RequestDetails request, RestOperationTypeEnum operation) {
		boolean strict = isStrict(request);
		return switch (operation) {
			case SEARCH_TYPE -> problems(request.getResourceName(), request.getParameters(), strict, "");
			case HISTORY_SYSTEM, HISTORY_TYPE, HISTORY_INSTANCE -> resultParameterProblems(request.getParameters());
			case GET_PAGE -> pageProblems(request.getParameters());
			case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE ->
				EXPORT.equals(request.getOperation()) ? typeFilterProblems(typeFilters(request), strict) : List.of();
			case CREATE, UPDATE, PATCH, DELETE -> {
				String criteria = request.getConditionalUrl(operation);
				String where = operation == RestOperationTypeEnum.CREATE ? Constants.HEADER_IF_NONE_EXIST + ": " : "";
				yield criteria == null
						? List.of()
						: criteriaProblems(request.getResourceName(), criteria, strict, where);
			}
			default -> List.of();
		};
	}

	/**
	 * What is wrong with the criteria of a conditional interaction, or the query of a search URL.
	 *
	 * @param criteria a query, with or without {@code [type]?} before it
	 */
	List<RequestProblem> criteriaProblems(String resourceType, String criteria, boolean strict, String where) {
		int question = criteria.indexOf('?');
		boolean prefixed = question >= 0 && criteria.substring(0, question).indexOf('=') < 0;
		String query = prefixed ? criteria.substring(question + 1) : criteria;
		List<RequestProblem> encoding = RequestFormCheck.percentEncodingProblems(query, where);
		if (!encoding.isEmpty()) {
			return encoding;
		}
		return problems(resourceType, UrlUtil.parseQueryString(query), strict, where);
	}

	/** The {@code _typeFilter} values of a kick-off: in its URL, and in a {@code POST}'s Parameters body. */
	private static String[] typeFilters(RequestDetails request) {
		List<String> values = new ArrayList<>(List.of(
				Optional.ofNullable(request.getParameters().get(TYPE_FILTER)).orElse(new String[0])));
		if (request.getResource() instanceof Parameters body) {
			body.getParameter().stream()
					.filter(parameter -> TYPE_FILTER.equals(parameter.getName()))
					.map(parameter -> parameter.getValue() == null
							? ""
							: parameter.getValue().primitiveValue())
					.forEach(values::add);
		}
		return values.toArray(String[]::new);
	}

	/**
	 * What is wrong with the {@code _typeFilter} values of a bulk export: each a comma-separated list of
	 * {@code [type]?[query]} (Bulk Data Access 2.0), each query a search of that type.
	 */
	private List<RequestProblem> typeFilterProblems(String[] values, boolean strict) {
		List<RequestProblem> problems = new ArrayList<>();
		for (String value : values == null ? new String[0] : values) {
			for (String filter : TypeFilters.split(value)) {
				int question = filter.indexOf('?');
				String type = question < 0 ? filter : filter.substring(0, question);
				String where = TYPE_FILTER + " " + filter + ": ";
				if (question < 0 || !fhirContext.getResourceTypes().contains(type)) {
					problems.add(new RequestProblem(
							TYPE_FILTER, "'" + filter + "' is not [resource type]?[search query] of a known type"));
				} else {
					problems.addAll(criteriaProblems(type, filter, strict, where));
				}
			}
		}
		return problems;
	}

	/**
	 * What is wrong with the parameters of a page request ({@code ?_getpages=[id]&_getpagesoffset=n&_count=n}, the
	 * {@code next} links HAPI writes): HAPI 8.8.0 answered {@code _getpagesoffset=-1} or {@code abc} and {@code
	 * _count=abc} with a page as if they were not there, and {@code _bundletype=nosuch} with a Bundle without a type.
	 */
	private static List<RequestProblem> pageProblems(Map<String, String[]> parameters) {
		List<RequestProblem> problems = new ArrayList<>(resultParameterProblems(parameters));
		for (String offset : parameters.getOrDefault(Constants.PARAM_PAGINGOFFSET, new String[0])) {
			if (!isNonNegativeInteger(offset)) {
				problems.add(new RequestProblem(
						Constants.PARAM_PAGINGOFFSET,
						"'" + offset + "' is not a valid value of " + Constants.PARAM_PAGINGOFFSET));
			}
		}
		for (String type : parameters.getOrDefault(Constants.PARAM_BUNDLETYPE, new String[0])) {
			if (!BUNDLE_TYPES.contains(type)) {
				problems.add(new RequestProblem(
						Constants.PARAM_BUNDLETYPE, "'" + type + "' is not a Bundle type (" + BUNDLE_TYPES + ")"));
			}
		}
		return problems;
	}

	/** The R4 codes of {@code Bundle.type}. */
	private static final Set<String> BUNDLE_TYPES = Arrays.stream(Bundle.BundleType.values())
			.filter(type -> type != Bundle.BundleType.NULL)
			.map(Bundle.BundleType::toCode)
			.collect(Collectors.toCollection(TreeSet::new));

	/** The result parameters among {@code parameters} with a value they do not define; the others are ignored. */
	private static List<RequestProblem> resultParameterProblems(Map<String, String[]> parameters) {
		List<RequestProblem> problems = new ArrayList<>();
		parameters.forEach((key, values) -> {
			int colon = key.indexOf(':');
			String name = colon < 0 ? key : key.substring(0, colon);
			if (RESULT_PARAMETERS.containsKey(name)) {
				addResultParameterProblems(name, colon < 0 ? null : key.substring(colon + 1), values, key, problems);
			}
		});
		return problems;
	}

	/** Whether the client asked that unknown parameters be refused rather than ignored. */
	static boolean isStrict(RequestDetails request) {
		List<String> prefer = request.getHeaders(Constants.HEADER_PREFER);
		return prefer != null
				&& prefer.stream()
						.anyMatch(header -> header.replace(" ", "")
								.contains("handling=" + Constants.HEADER_PREFER_HANDLING_STRICT));
	}

	/**
	 * What is wrong with a search of a resource type.
	 *
	 * @param strict whether unknown {@code _}-parameters are refused (otherwise ignored, as FHIR's lenient handling
	 *     says)
	 * @param where what to put before each parameter in a problem's location (for a search inside a Bundle)
	 */
	List<RequestProblem> problems(String resourceType, Map<String, String[]> parameters, boolean strict, String where) {
		List<RequestProblem> problems = new ArrayList<>();
		parameters.forEach((key, values) -> {
			int colon = key.indexOf(':');
			String name = colon < 0 ? key : key.substring(0, colon);
			String modifier = colon < 0 ? null : key.substring(colon + 1);
			String location = where + key;
			if (HAPI_INTERPRETS.contains(name)) {
				return;
			}
			if (RESULT_PARAMETERS.containsKey(name)) {
				addResultParameterProblems(name, modifier, values, location, problems);
				return;
			}
			int dot = name.indexOf('.');
			RuntimeSearchParam parameter = searchParameters.getActiveSearchParam(
					resourceType,
					dot < 0 ? name : name.substring(0, dot),
					ISearchParamRegistry.SearchParamLookupContextEnum.SEARCH);
			if (parameter == null) {
				if (!name.startsWith("_") || strict) {
					problems.add(new RequestProblem(
							location, "'" + name + "' is not a search parameter of " + resourceType));
				}
				return;
			}
			if (modifier != null && !isModifierOf(parameter, modifier)) {
				problems.add(new RequestProblem(
						location,
						"the " + parameter.getParamType().getCode() + " parameter '" + parameter.getName()
								+ "' has no modifier ':" + modifier + "'"));
			}
		});
		return problems;
	}

	private static void addResultParameterProblems(
			String name, String modifier, String[] values, String location, List<RequestProblem> problems) {
		if (modifier != null && !RESULT_MODIFIERS.getOrDefault(name, Set.of()).contains(modifier)) {
			problems.add(new RequestProblem(location, "'" + name + "' has no modifier ':" + modifier + "'"));
		}
		for (String value : values) {
			if (!RESULT_PARAMETERS.get(name).test(value)) {
				problems.add(new RequestProblem(location, "'" + value + "' is not a valid value of " + name));
			}
		}
	}

	/** A modifier the parameter has; for a reference, also a resource type ({@code subject:Patient.name}). */
	private boolean isModifierOf(RuntimeSearchParam parameter, String modifier) {
		if (MODIFIERS.getOrDefault(parameter.getParamType(), Set.of()).contains(modifier)) {
			return true;
		}
		if (parameter.getParamType() != RestSearchParameterTypeEnum.REFERENCE) {
			return false;
		}
		int dot = modifier.indexOf('.');
		return fhirContext.getResourceTypes().contains(dot < 0 ? modifier : modifier.substring(0, dot));
	}

	private static boolean isNonNegativeInteger(String value) {
		return value.matches("\\d{1,9}");
	}
}
