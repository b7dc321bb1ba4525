package org.hsctdata.fhir.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hsctdata.fhir.validation.EnforcementPolicy;
import org.hsctdata.fhir.validation.ProfileSelector;

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
 *       than the instance's, gets 400 ({@link IssueCode#VALIDATE_TARGET_MISMATCH}), as a create or update of it would; HAPI validated it
 *       without a word.
 *   <li>Without a {@code profile}, or in {@code mode} {@code create} or {@code update} (which ask whether that write
 *       would be accepted), the resource is validated against the profiles a write of it would be held to
 *       ({@link ProfileSelector}, under the server's policy): those its content identifies are added to the claims
 *       in its {@code meta.profile}, since HAPI's {@code $validate} takes one profile at most. The answer gets an
 *       information issue for each profile and why ({@link IssueCode#PROFILE_HELD_TO}), and under {@code strict} an error if the
 *       resource claims none of ours ({@link IssueCode#PROFILE_NOT_CLAIMED}), as a write would. Otherwise, with a {@code profile}, the
 *       resource is validated against it and its claims, as the client asked.
 *   <li>The same holds for a stored resource ({@code GET [type]/[id]/$validate}, no body), which HAPI validated
 *       against its claims only: it is held to the chosen profiles as HAPI reads it for the validation.
 * </ul>
 *
 * <p>HAPI 8.8.0: the converter {@code MethodUtil} gives the {@code @Validate.Profile} parameter makes its value with
 * {@code toString()}, which for the {@code UriType} of a Parameters body is {@code UriType[url]};
 * {@code BaseHapiFhirResourceDao#validate} validates the raw request body (the whole Parameters) when there is one,
 * and compares neither its type nor its id with the URL's. Canary: {@code
 * HapiCanariesIT#hapiReadsTheProfileOfAParametersBodyAsTheTextOfItsJavaObject}. The profiles chosen by content are our
 * rule, not a correction of HAPI.
 */
final class ValidateRequestForm {

	private static final String MODE = "mode";

	private static final String PROFILE = "profile";

	/** The modes of {@code $validate} that ask whether a write would be accepted. */
	private static final Set<String> WRITE_MODES = Set.of("create", "update");

	/** Request user data: the profiles the resource was held to, for the answer. */
	private static final String HELD_TO = ValidateRequestForm.class.getName() + ".heldTo";

	/** Request user data: the type of a resource that, under strict, claims none of our profiles. */
	private static final String UNCLAIMED = ValidateRequestForm.class.getName() + ".unclaimed";

	/** Request user data: a stored resource is to be validated, held to the profiles a write would be held to. */
	private static final String STORED = ValidateRequestForm.class.getName() + ".stored";

	private final FhirContext fhirContext;

	private final ProfileSelector selector;

	private final EnforcementPolicy policy;

	ValidateRequestForm(FhirContext fhirContext, ProfileSelector selector, EnforcementPolicy policy) {
		this.fhirContext = fhirContext;
		this.selector = selector;
		this.policy = policy;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	void normalise(RequestDetails request) {
		if (!Constants.EXTOP_VALIDATE.equals(request.getOperation()) || request.getResourceName() == null) {
			return;
		}
		if (request.getRequestType() == RequestTypeEnum.GET) {
			if (request.getId() != null && request.getId().hasIdPart() && heldAsAWrite(request)) {
				request.getUserData().put(STORED, Boolean.TRUE);
			}
			return;
		}
		if (request.getRequestType() != RequestTypeEnum.POST) {
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
		if (heldAsAWrite(request) && holdToChosenProfiles(request, resource)) {
			RequestBody.replace(fhirContext, request, resource);
		}
	}

	/** The stored resource of {@code GET [type]/[id]/$validate}, as HAPI reads it to validate it. */
	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	void holdTheStoredResource(IPreResourceShowDetails shown, RequestDetails request) {
		if (request == null || request.getUserData().remove(STORED) == null) {
			return;
		}
		for (int i = 0; i < shown.size(); i++) {
			if (shown.getResource(i) != null) {
				holdToChosenProfiles(request, shown.getResource(i));
			}
		}
	}

	/**
	 * Whether the resource is held to the profiles a write would be: without a {@code profile}, or in a mode that
	 * asks whether a create or update would be accepted.
	 */
	private static boolean heldAsAWrite(RequestDetails request) {
		String[] profile = request.getParameters().get(PROFILE);
		String[] mode = request.getParameters().get(MODE);
		return profile == null
				|| profile.length == 0
				|| profile[0].isBlank()
				|| (mode != null && mode.length > 0 && WRITE_MODES.contains(mode[0]));
	}

	/**
	 * Adds the profiles that content chose to the resource's claims, and remembers them for the answer.
	 *
	 * @return whether the resource's claims changed
	 */
	private boolean holdToChosenProfiles(RequestDetails request, IBaseResource resource) {
		String type = fhirContext.getResourceType(resource);
		if (!selector.profilesByType().containsKey(type)) {
			return false;
		}
		if (policy == EnforcementPolicy.STRICT && !selector.claimsOneOfOurs(resource)) {
			request.getUserData().put(UNCLAIMED, type);
		}
		List<ProfileSelector.HeldTo> heldTo = selector.select(resource, policy);
		request.getUserData().put(HELD_TO, heldTo);
		List<String> added = heldTo.stream()
				.filter(held -> !held.claimed())
				.map(ProfileSelector.HeldTo::profile)
				.toList();
		added.forEach(url -> resource.getMeta().addProfile(url));
		return !added.isEmpty();
	}

	/** Names, in the answer, the profiles the resource was held to and why, and a missing claim under strict. */
	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	void nameTheProfiles(RequestDetails request, ResponseDetails response) {
		if (!(request.getUserData().get(HELD_TO) instanceof List<?> heldTo)
				|| !(response.getResponseResource() instanceof OperationOutcome outcome)) {
			return;
		}
		if (request.getUserData().get(UNCLAIMED) instanceof String type) {
			selector.addMissingClaim(outcome, type);
		}
		for (Object held : heldTo) {
			((ProfileSelector.HeldTo) held).addTo(outcome, null);
		}
		// HAPI answers a clean validation with one "No issues detected" information issue; keep it only if alone
		outcome.getIssue()
				.removeIf(issue -> outcome.getIssue().size() > 1
						&& issue.getSeverity() == OperationOutcome.IssueSeverity.INFORMATION
						&& "No issues detected during validation".equals(issue.getDiagnostics()));
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

	private static void refuse(String message, String location) {
		throw RequestProblem.refusal(
				IssueCode.VALIDATE_TARGET_MISMATCH, List.of(new RequestProblem(location, message)));
	}
}
