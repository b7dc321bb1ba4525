package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;

/**
 * Pages {@code GET ValueSet/$expand} with R4's {@code count} and {@code offset}: at most {@code count} codes from
 * {@code offset} on, with {@code expansion.total} and {@code expansion.offset} saying where the page lies. HAPI's JPA
 * expander takes {@code count} as a limit instead and fails with a 500 (HAPI-0831, "produced too many codes") when a
 * value set expanded in memory has more codes than that. So the two parameters are taken from the request before
 * HAPI binds them (from the URL of a GET, from the Parameters body of a POST), HAPI expands the whole value set (up to
 * its own maximum), and the page is cut from the answer. Values that are not non-negative integers get 400
 * ({@link IssueCode#SEARCH_REFUSED}), as {@code _count} and {@code _offset} do.
 *
 * <p>HAPI 8.8.0: {@code TermReadSvcImpl#expandValueSet} gives its {@code
 * ValueSetExpansionComponentWithConceptAccumulator} a capacity of {@code count} codes, and the accumulator throws
 * {@code ExpansionTooCostlyException} (HAPI-0831) at the first code beyond it. Canary: {@code
 * HapiCanariesIT#hapiFailsOnAnExpansionPagedWithCount}.
 */
final class ExpandPaging {

	private static final String PAGE = ExpandPaging.class.getName();

	private static final String COUNT = "count";

	private static final String OFFSET = "offset";

	private final FhirContext fhirContext;

	ExpandPaging(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void takePaging(RequestDetails request) {
		if (!isExpand(request)) {
			return;
		}
		if (request.getRequestType() == RequestTypeEnum.GET) {
			takePagingFromUrl(request);
		} else if (request.getRequestType() == RequestTypeEnum.POST
				&& RequestBody.resource(fhirContext, request) instanceof Parameters body) {
			takePagingFromBody(request, body);
		}
	}

	private void takePagingFromUrl(RequestDetails request) {
		if (!(request.getParameters().containsKey(COUNT)
				|| request.getParameters().containsKey(OFFSET))) {
			return;
		}
		List<RequestProblem> problems = new ArrayList<>();
		int offset = value(request, OFFSET, 0, problems);
		int count = value(request, COUNT, Integer.MAX_VALUE, problems);
		RequestProblem.refuseIfAny(IssueCode.SEARCH_REFUSED, problems);
		Map<String, String[]> parameters = new HashMap<>(request.getParameters());
		parameters.remove(COUNT);
		parameters.remove(OFFSET);
		request.setParameters(parameters);
		request.getUserData().put(PAGE, new int[] {offset, count});
	}

	private void takePagingFromBody(RequestDetails request, Parameters body) {
		if (body.getParameter(COUNT) == null && body.getParameter(OFFSET) == null) {
			return;
		}
		List<RequestProblem> problems = new ArrayList<>();
		int offset = value(body, OFFSET, 0, problems);
		int count = value(body, COUNT, Integer.MAX_VALUE, problems);
		RequestProblem.refuseIfAny(IssueCode.SEARCH_REFUSED, problems);
		body.getParameter()
				.removeIf(parameter -> COUNT.equals(parameter.getName()) || OFFSET.equals(parameter.getName()));
		RequestBody.replace(fhirContext, request, body);
		request.getUserData().put(PAGE, new int[] {offset, count});
	}

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	void cutPage(RequestDetails request, ResponseDetails response) {
		if (request.getUserData().get(PAGE) instanceof int[] page
				&& response.getResponseResource() instanceof ValueSet expanded
				&& expanded.hasExpansion()) {
			ValueSet paged = expanded.copy(); // the expansion may be a cached object
			ValueSetExpansionComponent expansion = paged.getExpansion();
			List<ValueSetExpansionContainsComponent> codes = expansion.getContains();
			int total = codes.size();
			int from = Math.min(page[0], total);
			int to = (int) Math.min((long) from + page[1], total);
			expansion.setContains(new ArrayList<>(codes.subList(from, to)));
			expansion.setTotal(total);
			expansion.setOffset(page[0]);
			expansion.addParameter().setName(OFFSET).setValue(new IntegerType(page[0]));
			if (page[1] != Integer.MAX_VALUE) {
				expansion.addParameter().setName(COUNT).setValue(new IntegerType(page[1]));
			}
			response.setResponseResource(paged);
		}
	}

	private static boolean isExpand(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		return (operation == RestOperationTypeEnum.EXTENDED_OPERATION_TYPE
						|| operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE)
				&& "ValueSet".equals(request.getResourceName())
				&& "$expand".equals(request.getOperation());
	}

	private static int value(RequestDetails request, String name, int absent, List<RequestProblem> problems) {
		String[] values = request.getParameters().get(name);
		if (values == null || values.length == 0) {
			return absent;
		}
		if (values.length > 1 || !values[0].matches("\\d{1,9}")) {
			problems.add(
					new RequestProblem(name, "'" + String.join(",", values) + "' is not a valid value of " + name));
			return absent;
		}
		return Integer.parseInt(values[0]);
	}

	/** A {@code valueInteger} of a Parameters body: R4 defines {@code count} and {@code offset} as integers. */
	private static int value(Parameters body, String name, int absent, List<RequestProblem> problems) {
		List<Parameters.ParametersParameterComponent> values = body.getParameter().stream()
				.filter(parameter -> name.equals(parameter.getName()))
				.toList();
		if (values.isEmpty()) {
			return absent;
		}
		if (values.size() > 1
				|| !(values.get(0).getValue() instanceof IntegerType integer)
				|| integer.getValue() == null
				|| integer.getValue() < 0) {
			problems.add(new RequestProblem(
					name,
					"'"
							+ values.stream()
									.map(parameter -> parameter.getValue() == null
											? ""
											: parameter.getValue().primitiveValue())
									.reduce((a, b) -> a + "," + b)
									.orElse("")
							+ "' is not a valid value of " + name + " (a non-negative valueInteger)"));
			return absent;
		}
		return integer.getValue();
	}
}
