package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * A request's body as our checks read it: the bytes HAPI loaded once ({@link RequestDetails#loadRequestContents},
 * which keeps them), decoded as UTF-8 once per request and kept in the request's user data, so every check that reads
 * the text (the UTF-8 check, the JSON type check, the JSON Patch check, the {@code $validate} form) shares one
 * decoding. HAPI's own parse of the body, which binds it to the operation, is the only other reading.
 */
final class RequestBody {

	/** Request user data: the decoded body, {@link Empty} or {@link NotUtf8} ({@link #text}). */
	private static final String TEXT = RequestBody.class.getName() + ".text";

	private RequestBody() {}

	/** A body that is not UTF-8, and where it first goes wrong. */
	private record NotUtf8(int position) {}

	/** No body. */
	private record Empty() {}

	/**
	 * The body as text, decoded strictly as UTF-8 on first use; null when there is no body.
	 *
	 * @throws NotUtf8Exception when the bytes are not valid UTF-8 (at the position it gives)
	 */
	static String text(RequestDetails request) {
		Object kept = request.getUserData().get(TEXT);
		if (kept == null) {
			kept = decode(request.loadRequestContents());
			request.getUserData().put(TEXT, kept);
		}
		if (kept instanceof NotUtf8 invalid) {
			throw new NotUtf8Exception(invalid.position());
		}
		return kept instanceof String text ? text : null;
	}

	/**
	 * The resource in the body, parsed in the request's FHIR encoding; null when there is none or it does not parse
	 * (HAPI then answers for it when it parses the body itself, or {@link RequestFormCheck} refuses bytes that are
	 * not UTF-8).
	 */
	static IBaseResource resource(FhirContext fhirContext, RequestDetails request) {
		EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
		if (encoding == null) {
			return null;
		}
		try {
			String text = text(request);
			return text == null ? null : encoding.newParser(fhirContext).parseResource(text);
		} catch (NotUtf8Exception | DataFormatException unparsable) {
			return null;
		}
	}

	/** Makes the resource the body of the request, in the encoding it came in ({@link #resource} found one). */
	static void replace(FhirContext fhirContext, RequestDetails request, IBaseResource resource) {
		String encoded = RestfulServerUtils.determineRequestEncodingNoDefault(request)
				.newParser(fhirContext)
				.encodeResourceToString(resource);
		request.setRequestContents(encoded.getBytes(StandardCharsets.UTF_8));
		request.getUserData().put(TEXT, encoded);
	}

	private static Object decode(byte[] body) {
		if (body == null || body.length == 0) {
			return new Empty();
		}
		ByteBuffer bytes = ByteBuffer.wrap(body);
		try {
			return StandardCharsets.UTF_8
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(bytes)
					.toString();
		} catch (CharacterCodingException invalid) {
			return new NotUtf8(bytes.position());
		}
	}

	/** The body is not valid UTF-8. */
	static final class NotUtf8Exception extends RuntimeException {

		private final int position;

		NotUtf8Exception(int position) {
			super("the request body is not valid UTF-8 (near byte " + position + ")", null, false, false);
			this.position = position;
		}

		int position() {
			return position;
		}
	}
}
