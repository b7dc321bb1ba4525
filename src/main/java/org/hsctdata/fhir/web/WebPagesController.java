package org.hsctdata.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages beside the FHIR API: the case timeline of one patient (a static page that reads {@code /fhir}), the
 * profile documentation and the single entries of the example bundles. The landing page is the static
 * {@code index.html}.
 */
@Controller
@Profile("!plain")
class WebPagesController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ImplementationGuide guide;

	private final FhirContext fhirContext;

	private final ExampleCases examples;

	/** Rendered on first request, not at start-up: the package does not change while the server runs. */
	private volatile String profilePage;

	WebPagesController(ImplementationGuide guide, FhirContext fhirContext) {
		this.guide = guide;
		this.fhirContext = fhirContext;
		this.examples = ExampleCases.fromClasspath(JSON);
	}

	/** The timeline page; its script reads the patient id from the path. */
	@GetMapping("/timeline/{patientId}")
	String timeline() {
		return "forward:/timeline.html";
	}

	/** A timeline needs a patient: the landing page lists them. */
	@GetMapping({"/timeline", "/timeline/"})
	String timelineWithoutPatient() {
		return "redirect:/";
	}

	/** The profile documentation, rendered from the loaded package. */
	@GetMapping(value = "/profiles", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String profiles() {
		String page = profilePage;
		if (page == null) {
			page = ProfilePage.render(ProfileCatalogue.of(guide, fhirContext, examples));
			profilePage = page;
		}
		return page;
	}

	/** The resource of one entry of an example bundle, as written in the bundle. */
	@GetMapping("/examples/{bundle}/entry/{index}")
	ResponseEntity<String> exampleEntry(@PathVariable String bundle, @PathVariable int index)
			throws JsonProcessingException {
		var resource = examples.entryResource(bundle, index);
		if (resource.isEmpty()) {
			return ResponseEntity.status(404)
					.contentType(MediaType.TEXT_PLAIN)
					.body("No entry " + index + " in an example bundle named '" + bundle + "'\n");
		}
		return ResponseEntity.ok()
				.contentType(FHIR_JSON)
				.body(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(resource.get()));
	}
}
