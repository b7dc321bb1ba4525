package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a FHIR JSON body in which a value has the wrong JSON type: a string where FHIR JSON has a boolean or a
 * number, a number where it has a string, a single value where it has an array or the other way round. HAPI's parser
 * converts such values silently ({@code "active": "true"} became {@code true}); for the resource types our profiles
 * cover, the validator noticed, for the others nothing did. Every value is checked against HAPI's definition of
 * its element, in the resource and in every resource it contains or, for a Bundle, carries in its entries.
 *
 * <p>HAPI 8.8.0: {@code JsonParser#parseChildren} takes a primitive's value from the text of any JSON scalar, and
 * unwraps any array element by element, whether or not the element repeats; its error handler (the server's {@code
 * StrictErrorHandler}, 400) hears only of an object where an array belongs, a scalar where an object belongs and an
 * {@code id} that is not a string. Canary: {@code HapiCanaryTests#hapisParserConvertsAValueOfTheWrongJsonTypeSilently}.
 */
final class JsonTypeCheck {

	/** FHIR primitive types whose JSON form is a number or a boolean; every other primitive is a JSON string. */
	private static final Set<String> NUMBERS = Set.of("integer", "integer64", "positiveInt", "unsignedInt", "decimal");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FhirContext fhirContext;

	JsonTypeCheck(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	void checkJson(RequestDetails request) {
		String contentType = request.getHeader(Constants.HEADER_CONTENT_TYPE);
		if (contentType == null || EncodingEnum.forContentType(contentType) != EncodingEnum.JSON) {
			return;
		}
		byte[] body = request.loadRequestContents();
		if (body == null || body.length == 0) {
			return;
		}
		JsonNode resource;
		try {
			resource = JSON.readTree(body);
		} catch (JsonProcessingException malformed) {
			return; // HAPI's parser has refused it already, saying where
		} catch (IOException unreadable) {
			return;
		}
		RequestProblem.refuseIfAny(IssueCode.JSON_TYPE_WRONG, problems(resource));
	}

	/** Every value of a FHIR JSON resource whose JSON type its element does not allow, with its location. */
	List<RequestProblem> problems(JsonNode resource) {
		List<RequestProblem> problems = new ArrayList<>();
		resource(resource, null, problems);
		return problems;
	}

	private void resource(JsonNode node, String path, List<RequestProblem> problems) {
		if (!node.isObject() || !node.path("resourceType").isTextual()) {
			return; // HAPI's parser says what is wrong
		}
		String type = node.get("resourceType").asText();
		if (!fhirContext.getResourceTypes().contains(type)) {
			return;
		}
		composite(fhirContext.getResourceDefinition(type), node, path == null ? type : path, problems);
	}

	private void composite(
			BaseRuntimeElementCompositeDefinition<?> definition,
			JsonNode node,
			String path,
			List<RequestProblem> problems) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = field.getKey();
			BaseRuntimeChildDefinition child = definition.getChildByName(name);
			if (name.equals("resourceType") || child == null) {
				continue; // an extension of a primitive, an attribute, or an unknown element that HAPI refuses
			}
			BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
			String at = path + "." + name;
			JsonNode value = field.getValue();
			boolean repeats = child.getMax() != 1;
			if (repeats != value.isArray()) {
				problems.add(new RequestProblem(
						at,
						repeats
								? "'" + name + "' repeats: its JSON value is an array"
								: "'" + name + "' does not repeat: its JSON value is not an array"));
				continue;
			}
			if (element == null) {
				continue;
			}
			if (repeats) {
				for (int i = 0; i < value.size(); i++) {
					value(element, value.get(i), at + "[" + i + "]", problems);
				}
			} else {
				value(element, value, at, problems);
			}
		}
	}

	private void value(
			BaseRuntimeElementDefinition<?> element, JsonNode value, String path, List<RequestProblem> problems) {
		if (value.isNull()) {
			return; // allowed in arrays whose primitives have extensions; HAPI's parser refuses the rest
		}
		switch (element.getChildType()) {
			case PRIMITIVE_DATATYPE, PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG, ID_DATATYPE -> {
				String type = element.getName();
				boolean ok = type.equals("boolean")
						? value.isBoolean()
						: NUMBERS.contains(type) ? value.isNumber() : value.isTextual();
				if (!ok) {
					problems.add(new RequestProblem(
							path,
							"a " + type + " is a JSON "
									+ (type.equals("boolean")
											? "boolean"
											: NUMBERS.contains(type) ? "number" : "string")
									+ ", not " + value.getNodeType().name().toLowerCase()));
				}
			}
			case COMPOSITE_DATATYPE, RESOURCE_BLOCK -> {
				if (value.isObject()) {
					composite((BaseRuntimeElementCompositeDefinition<?>) element, value, path, problems);
				} else {
					problems.add(new RequestProblem(path, "a " + element.getName() + " is a JSON object"));
				}
			}
			case RESOURCE, CONTAINED_RESOURCE_LIST, CONTAINED_RESOURCES -> resource(value, path, problems);
			default -> {
				// extensions declared in Java, undeclared extensions: left to HAPI's parser
			}
		}
	}
}
