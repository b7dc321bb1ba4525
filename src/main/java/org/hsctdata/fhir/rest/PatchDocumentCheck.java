package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * Refuses a PATCH document that HAPI would fail on with an internal error, or apply wrongly, with a 400 that says
 * which operation is wrong. JSON Patch (RFC 6902) and FHIRPath Patch documents are checked for the members their
 * operations need before HAPI sees them. A FHIRPath Patch that HAPI then cannot apply (a value it cannot put where
 * the path points, such as a boolean for a code) fails inside HAPI, once, and {@link ClientErrorInterceptor} makes
 * that failure a 400 too. A patch may not change the resource's id (HAPI would silently ignore the change).
 *
 * <p>HAPI 8.8.0: {@code JsonPatchUtils#apply} hands the document to the fge json-patch library, whose operations fail
 * with a {@code NullPointerException} when {@code path} (or a move's {@code from}) is missing; {@code FhirPatch#apply}
 * fails with a {@code NullPointerException} on an {@code add} without {@code name}. Neither is a {@code
 * BaseServerResponseException}, so {@code RestfulServer} answers 500. Canaries: {@code
 * HapiCanaryTests#hapisJsonPatchFailsWithAnInternalErrorOnAnOperationWithoutItsMembers} and {@code
 * #hapisFhirPathPatchFailsWithAnInternalErrorOnAnAddWithoutName}.
 */
final class PatchDocumentCheck {

	/** The members each JSON Patch operation needs besides {@code op} and {@code path}. */
	private static final Map<String, List<String>> JSON_PATCH_MEMBERS = new TreeMap<>(Map.of(
			"add", List.of("value"),
			"remove", List.of(),
			"replace", List.of("value"),
			"move", List.of("from"),
			"copy", List.of("from"),
			"test", List.of("value")));

	/** The parts each FHIRPath Patch operation type needs besides {@code type} and {@code path}. */
	private static final Map<String, List<String>> FHIRPATH_PATCH_PARTS = new TreeMap<>(Map.of(
			"add", List.of("name", "value"),
			"insert", List.of("index", "value"),
			"delete", List.of(),
			"replace", List.of("value"),
			"move", List.of("source", "destination")));

	private static final Set<String> FHIRPATH_PATCH_PART_NAMES =
			Set.of("type", "path", "name", "value", "index", "source", "destination");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FhirContext fhirContext;

	PatchDocumentCheck(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkDocument(RequestDetails request, RestOperationTypeEnum operation) {
		if (operation != RestOperationTypeEnum.PATCH) {
			return;
		}
		PatchTypeEnum type = patchType(request);
		if (type == PatchTypeEnum.JSON_PATCH) {
			String text = RequestBody.text(request); // RequestFormCheck, before, refused a body that is not UTF-8
			refuseIfAny(jsonPatchProblems(text == null ? "" : text));
		} else if (type == PatchTypeEnum.FHIR_PATCH_JSON || type == PatchTypeEnum.FHIR_PATCH_XML) {
			IBaseResource document = request.getResource();
			if (document instanceof Parameters parameters) {
				refuseIfAny(fhirPathPatchProblems(parameters, request.getResourceName()));
			} else {
				refuseIfAny(List.of(new RequestProblem(
						"",
						"a FHIRPath Patch document is a Parameters resource, not "
								+ (document == null ? "an empty body" : fhirContext.getResourceType(document)))));
			}
		}
	}

	/** What is wrong with a JSON Patch document, one line per problem, each with its JSON Pointer. */
	static List<RequestProblem> jsonPatchProblems(String body) {
		JsonNode document;
		try {
			document = JSON.readTree(body);
		} catch (JsonProcessingException notJson) {
			return List.of(new RequestProblem(
					"", "the JSON Patch document is not valid JSON: " + notJson.getOriginalMessage()));
		}
		if (document == null || !document.isArray()) {
			return List.of(new RequestProblem("", "a JSON Patch document is an array of operations"));
		}
		List<RequestProblem> problems = new ArrayList<>();
		for (int i = 0; i < document.size(); i++) {
			JsonNode operation = document.get(i);
			String at = "/" + i;
			if (!operation.isObject()) {
				problems.add(new RequestProblem(at, "an operation is an object"));
				continue;
			}
			JsonNode op = operation.get("op");
			if (op == null || !op.isTextual() || !JSON_PATCH_MEMBERS.containsKey(op.asText())) {
				problems.add(new RequestProblem(
						at + "/op", "must be one of " + String.join(", ", JSON_PATCH_MEMBERS.keySet())));
				continue;
			}
			problems.addAll(pointerProblems(operation, "path", at));
			for (String member : JSON_PATCH_MEMBERS.get(op.asText())) {
				if (!operation.has(member)) {
					problems.add(new RequestProblem(at, "'" + op.asText() + "' needs '" + member + "'"));
				} else if (member.equals("from")) {
					problems.addAll(pointerProblems(operation, "from", at));
				}
			}
			if (!op.asText().equals("test") && targetsId(operation.path("path").asText())
					|| op.asText().equals("move")
							&& targetsId(operation.path("from").asText())) {
				problems.add(new RequestProblem(at, "a patch cannot change the resource's id"));
			}
		}
		return problems;
	}

	private static List<RequestProblem> pointerProblems(JsonNode operation, String member, String at) {
		JsonNode pointer = operation.get(member);
		if (pointer == null) {
			return List.of(new RequestProblem(at, "'" + member + "' is missing"));
		}
		if (!pointer.isTextual()
				|| !(pointer.asText().isEmpty() || pointer.asText().startsWith("/"))) {
			return List.of(new RequestProblem(at + "/" + member, "a JSON Pointer is empty or starts with '/'"));
		}
		return List.of();
	}

	private static boolean targetsId(String pointer) {
		return pointer.equals("/id") || pointer.startsWith("/id/");
	}

	/** What is wrong with a FHIRPath Patch document, one line per problem, each with its location. */
	static List<RequestProblem> fhirPathPatchProblems(Parameters document, String resourceType) {
		List<RequestProblem> problems = new ArrayList<>();
		if (document.getParameter().isEmpty()) {
			problems.add(new RequestProblem("Parameters", "a FHIRPath Patch has at least one operation"));
		}
		for (int i = 0; i < document.getParameter().size(); i++) {
			ParametersParameterComponent operation = document.getParameter().get(i);
			String at = "Parameters.parameter[" + i + "]";
			if (!"operation".equals(operation.getName())) {
				problems.add(new RequestProblem(at + ".name", "every parameter of a FHIRPath Patch is an 'operation'"));
				continue;
			}
			operation.getPart().stream()
					.map(ParametersParameterComponent::getName)
					.filter(name -> !FHIRPATH_PATCH_PART_NAMES.contains(name))
					.forEach(name -> problems.add(new RequestProblem(at, "unknown part '" + name + "'")));
			String type = primitivePart(operation, "type");
			if (type == null || !FHIRPATH_PATCH_PARTS.containsKey(type)) {
				problems.add(new RequestProblem(
						at, "part 'type' must be one of " + String.join(", ", FHIRPATH_PATCH_PARTS.keySet())));
				continue;
			}
			String path = primitivePart(operation, "path");
			if (path == null || path.isBlank()) {
				problems.add(new RequestProblem(at, "'" + type + "' needs a part 'path'"));
			}
			for (String needed : FHIRPATH_PATCH_PARTS.get(type)) {
				if (part(operation, needed) == null) {
					problems.add(new RequestProblem(at, "'" + type + "' needs a part '" + needed + "'"));
				}
			}
			boolean changesId = (type.equals("replace") || type.equals("delete")) && (resourceType + ".id").equals(path)
					|| type.equals("add") && resourceType.equals(path) && "id".equals(primitivePart(operation, "name"));
			if (changesId) {
				problems.add(new RequestProblem(at, "a patch cannot change the resource's id"));
			}
		}
		return problems;
	}

	private static ParametersParameterComponent part(ParametersParameterComponent operation, String name) {
		return operation.getPart().stream()
				.filter(part -> name.equals(part.getName()))
				.filter(part -> part.hasValue() || part.hasPart() || part.hasResource())
				.findFirst()
				.orElse(null);
	}

	private static String primitivePart(ParametersParameterComponent operation, String name) {
		ParametersParameterComponent part = part(operation, name);
		if (part == null || !part.hasValue() || !part.getValue().isPrimitive()) {
			return null;
		}
		return part.getValue() instanceof StringType string
				? string.getValue()
				: part.getValue().primitiveValue();
	}

	private PatchTypeEnum patchType(RequestDetails request) {
		try {
			return PatchTypeEnum.forContentTypeOrThrowInvalidRequestException(
					fhirContext, request.getHeader("Content-Type"));
		} catch (InvalidRequestException unknownType) {
			return null; // HAPI refuses the media type itself
		}
	}

	private void refuseIfAny(List<RequestProblem> problems) {
		RequestProblem.refuseIfAny(
				IssueCode.PATCH_INVALID,
				problems.stream()
						.map(problem ->
								new RequestProblem(problem.location(), "invalid patch document: " + problem.message()))
						.toList());
	}
}
