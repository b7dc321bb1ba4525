package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.util.OperationOutcomeUtil;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * Brings {@code POST [type]/$validate} requests into the one form HAPI handles right, before it handles them.
 *
 * <ul>
 *   <li>The operation's standard form, a {@code Parameters} body with {@code resource}, {@code mode} and
 *       {@code profile}, becomes the resource itself as the body and {@code mode} and {@code profile} as URL
 *       parameters. HAPI reads a {@code profile} from a Parameters body as the text {@code UriType[...]}, and so
 *       never finds the profile, and it validates the Parameters wrapper rather than the resource, reporting
 *       locations such as {@code Parameters.parameter[0].resource/*Patient/null*&#47;.gender}.
 *   <li>A resource of another type than the URL's ({@code Observation/$validate} with a Patient), or with another id
 *       than the instance's, gets 400 ({@code HSCT-0466}), as a create or update of it would; HAPI validated it
 *       without a word.
 * </ul>
 */
final class ValidateRequestForm {

	private static final String MODE = "mode";

	private static final String PROFILE = "profile";

	private final FhirContext fhirContext;

	ValidateRequestForm(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void normalise(RequestDetails request) {
		if (request.getRequestType() != RequestTypeEnum.POST
				|| !Constants.EXTOP_VALIDATE.equals(request.getOperation())
				|| request.getResourceName() == null) {
			return;
		}
		IBaseResource resource = RequestBody.resource(fhirContext, request);
		if (resource == null) {
			return; // HAPI answers what is missing, or reports what does not parse as the validation's result
		}
		if (resource instanceof Parameters parameters && !"Parameters".equals(request.getResourceName())) {
			resource = unwrap(request, parameters);
			if (resource == null) {
				return;
			}
			RequestBody.replace(fhirContext, request, resource);
		}
		checkMatchesUrl(request, resource);
	}

	/** The {@code resource} parameter, with {@code mode} and {@code profile} moved to the URL; null if none. */
	private static IBaseResource unwrap(RequestDetails request, Parameters parameters) {
		Parameters.ParametersParameterComponent resource = parameters.getParameter("resource");
		if (resource == null || resource.getResource() == null) {
			return null;
		}
		Map<String, String[]> urlParameters = new HashMap<>(request.getParameters());
		for (String name : new String[] {MODE, PROFILE}) {
			Parameters.ParametersParameterComponent parameter = parameters.getParameter(name);
			if (parameter != null && parameter.getValue() instanceof PrimitiveType<?> value) {
				urlParameters.put(name, new String[] {value.getValueAsString()});
			}
		}
		request.setParameters(urlParameters);
		return resource.getResource();
	}

	private void checkMatchesUrl(RequestDetails request, IBaseResource resource) {
		String type = fhirContext.getResourceType(resource);
		if (!type.equals(request.getResourceName())) {
			refuse("the resource to validate is a " + type + ", not a " + request.getResourceName(), type);
		}
		if (request.getId() != null
				&& request.getId().hasIdPart()
				&& resource.getIdElement().hasIdPart()
				&& !resource.getIdElement().getIdPart().equals(request.getId().getIdPart())) {
			refuse(
					"the resource to validate has the id "
							+ resource.getIdElement().getIdPart() + ", not "
							+ request.getId().getIdPart() + " as in the URL",
					type + ".id");
		}
	}

	private void refuse(String message, String location) {
		IBaseOperationOutcome outcome = OperationOutcomeUtil.newInstance(fhirContext);
		OperationOutcomeUtil.addIssue(fhirContext, outcome, "error", "HSCT-0466: " + message, location, "invalid");
		throw new InvalidRequestException("HSCT-0466: " + message, outcome);
	}
}
