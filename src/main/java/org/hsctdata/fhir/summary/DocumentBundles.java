package org.hsctdata.fhir.summary;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;

/**
 * Makes the answer of {@code Composition/[id]/$document} a document FHIR accepts. HAPI's JPA operation (8.8.0,
 * {@code BaseJpaResourceProviderComposition}) answers with a search of the Composition and what it refers to, typed
 * {@code document}, and keeps the search's parts: no {@code identifier} (bdl-9) and no {@code timestamp} (bdl-10),
 * a {@code total} (bdl-1) and {@code entry.search} (bdl-2), which only a search set may have. For a Composition the
 * server does not have it answers 200 with an empty document; here that is a 404.
 */
@Interceptor
public final class DocumentBundles {

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	public void documentFhirAccepts(RequestDetails request, IBaseResource response) {
		if (!"$document".equals(request.getOperation())
				|| !"Composition".equals(request.getResourceName())
				|| !(response instanceof Bundle document)
				|| document.getType() != Bundle.BundleType.DOCUMENT) {
			return;
		}
		if (!(document.getEntryFirstRep().getResource() instanceof Composition)) {
			throw new ResourceNotFoundException(request.getId());
		}
		correct(document);
	}

	/** Adds what a document must have and removes what only a search set may have. */
	static void correct(Bundle document) {
		if (!document.hasIdentifier()) {
			document.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID());
		}
		if (!document.hasTimestamp()) {
			document.setTimestamp(new Date());
		}
		document.setTotalElement(null);
		document.getEntry().forEach(entry -> entry.setSearch(null));
	}
}
