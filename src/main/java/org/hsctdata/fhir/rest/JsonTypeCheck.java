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
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses a FHIR JSON body in which a value has the wrong JSON type: a string where FHIR JSON has a boolean or a
 * number, a number where it has a string, a single value where it has an array or the other way round. HAPI's parser
 * converts such values silently ({@code "active": "true"} became {@code true}); for the resource types our profiles
 * cover, the validator noticed, for the others nothing did. Every value is checked against HAPI's definition of
 * its element, in the resource and in every resource it contains or, for a Bundle, carries in its entries, in one
 * streaming pass over the body's text ({@link RequestBody}), without building a JSON tree.
 *
 * <p>HAPI 8.8.0: {@code JsonParser#parseChildren} takes a primitive's value from the text of any JSON scalar, and
 * unwraps any array element by element, whether or not the element repeats; its error handler (the server's {@code
 * StrictErrorHandler}, 400) hears only of an object where an array belongs, a scalar where an object belongs and an
 * {@code id} that is not a string. Canary: {@code HapiCanaryTests#hapisParserConvertsAValueOfTheWrongJsonTypeSilently}.
 */
final class JsonTypeCheck {

	/** FHIR primitive types whose JSON form is a number or a boolean; every other primitive is a JSON string. */
	private static final Set<String> NUMBERS = Set.of("integer", "integer64", "positiveInt", "unsignedInt", "decimal");

	private static final JsonFactory JSON = new JsonFactory();

	private static final String RESOURCE_TYPE = "resourceType";

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
		String text;
		try {
			text = RequestBody.text(request);
		} catch (RequestBody.NotUtf8Exception refusedBefore) {
			return; // RequestFormCheck answers for it
		}
		if (text != null) {
			RequestProblem.refuseIfAny(IssueCode.JSON_TYPE_WRONG, problems(text));
		}
	}

	/**
	 * Every value of a FHIR JSON resource whose JSON type its element does not allow, with its location; none when
	 * the text is not JSON (HAPI's parser refuses it, saying where).
	 */
	List<RequestProblem> problems(String json) {
		List<RequestProblem> problems = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(json)) {
			if (parser.nextToken() == JsonToken.START_OBJECT) {
				resource(parser, null, problems);
			}
		} catch (IOException malformed) {
			return List.of();
		}
		return problems;
	}

	/** The resource whose {@code START_OBJECT} the parser is at; leaves the parser at its {@code END_OBJECT}. */
	private void resource(JsonParser parser, String path, List<RequestProblem> problems) throws IOException {
		JsonParser object = parser;
		String type = null;
		if (parser.nextToken() == JsonToken.FIELD_NAME && RESOURCE_TYPE.equals(parser.currentName())) {
			// the usual case: resourceType first, and the object is checked as it streams
			type = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
			parser.skipChildren();
			parser.nextToken();
		} else if (parser.currentToken() == JsonToken.FIELD_NAME) {
			// resourceType later in the object: keep its tokens, find the type, and walk the kept tokens
			TokenBuffer kept = new TokenBuffer(parser, null);
			kept.writeStartObject();
			do {
				kept.copyCurrentStructure(parser);
			} while (parser.nextToken() == JsonToken.FIELD_NAME);
			kept.writeEndObject();
			type = typeOf(kept);
			object = kept.asParser();
			object.nextToken();
			object.nextToken();
		}
		if (type == null || !fhirContext.getResourceTypes().contains(type)) {
			skipRestOfObject(object); // HAPI's parser says what is wrong
			return;
		}
		composite(fhirContext.getResourceDefinition(type), object, path == null ? type : path, problems);
	}

	/** The resource type among the fields of the kept object, or null. */
	private static String typeOf(TokenBuffer object) throws IOException {
		try (JsonParser fields = object.asParser()) {
			fields.nextToken();
			while (fields.nextToken() == JsonToken.FIELD_NAME) {
				String name = fields.currentName();
				JsonToken value = fields.nextToken();
				if (RESOURCE_TYPE.equals(name)) {
					return value == JsonToken.VALUE_STRING ? fields.getText() : null;
				}
				fields.skipChildren();
			}
			return null;
		}
	}

	/**
	 * The fields of an object of the given definition, from the parser's current token (a field name, or the token
	 * before the first one) to the object's {@code END_OBJECT}.
	 */
	private void composite(
			BaseRuntimeElementCompositeDefinition<?> definition,
			JsonParser parser,
			String path,
			List<RequestProblem> problems)
			throws IOException {
		for (JsonToken token = fieldOrEnd(parser); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			BaseRuntimeChildDefinition child = definition.getChildByName(name);
			if (name.equals(RESOURCE_TYPE) || child == null) {
				parser.skipChildren(); // an extension of a primitive, an attribute, or an unknown element HAPI refuses
				continue;
			}
			BaseRuntimeElementDefinition<?> element = child.getChildByName(name);
			String at = path + "." + name;
			boolean repeats = child.getMax() != 1;
			if (repeats != (value == JsonToken.START_ARRAY)) {
				problems.add(new RequestProblem(
						at,
						repeats
								? "'" + name + "' repeats: its JSON value is an array"
								: "'" + name + "' does not repeat: its JSON value is not an array"));
				parser.skipChildren();
			} else if (element == null) {
				parser.skipChildren();
			} else if (repeats) {
				for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
					value(element, parser, at + "[" + i + "]", problems);
				}
			} else {
				value(element, parser, at, problems);
			}
		}
	}

	/** The value at the parser's current token; leaves the parser at its last token. */
	private void value(
			BaseRuntimeElementDefinition<?> element, JsonParser parser, String path, List<RequestProblem> problems)
			throws IOException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NULL) {
			return; // allowed in arrays whose primitives have extensions; HAPI's parser refuses the rest
		}
		switch (element.getChildType()) {
			case PRIMITIVE_DATATYPE, PRIMITIVE_XHTML, PRIMITIVE_XHTML_HL7ORG, ID_DATATYPE -> {
				String type = element.getName();
				String expected = type.equals("boolean") ? "boolean" : NUMBERS.contains(type) ? "number" : "string";
				if (!expected.equals(jsonType(token))) {
					problems.add(new RequestProblem(
							path, "a " + type + " is a JSON " + expected + ", not " + jsonType(token)));
				}
				parser.skipChildren();
			}
			case COMPOSITE_DATATYPE, RESOURCE_BLOCK -> {
				if (token == JsonToken.START_OBJECT) {
					composite((BaseRuntimeElementCompositeDefinition<?>) element, parser, path, problems);
				} else {
					problems.add(new RequestProblem(path, "a " + element.getName() + " is a JSON object"));
					parser.skipChildren();
				}
			}
			case RESOURCE, CONTAINED_RESOURCE_LIST, CONTAINED_RESOURCES -> {
				if (token == JsonToken.START_OBJECT) {
					resource(parser, path, problems);
				} else {
					parser.skipChildren(); // HAPI's parser says what is wrong
				}
			}
			default -> parser.skipChildren(); // extensions declared in Java, undeclared extensions: left to HAPI
		}
	}

	/** The first field name of the object whose {@code START_OBJECT} or field name the parser is at, or its end. */
	private static JsonToken fieldOrEnd(JsonParser parser) throws IOException {
		return parser.currentToken() == JsonToken.START_OBJECT ? parser.nextToken() : parser.currentToken();
	}

	/** Consumes what is left of an object, from a field name or its end, to its {@code END_OBJECT}. */
	private static void skipRestOfObject(JsonParser parser) throws IOException {
		for (JsonToken token = parser.currentToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
			parser.nextToken();
			parser.skipChildren();
		}
	}

	/** The JSON type of a value token, as FHIR's JSON format names it. */
	private static String jsonType(JsonToken token) {
		return switch (token) {
			case START_OBJECT -> "object";
			case START_ARRAY -> "array";
			case VALUE_STRING -> "string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
			case VALUE_TRUE, VALUE_FALSE -> "boolean";
			default -> token.name().toLowerCase();
		};
	}
}
