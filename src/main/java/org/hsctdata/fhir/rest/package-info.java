/**
 * Where a request is checked: the REST rules HAPI 8.8.0 does not keep. Request checks that refuse what HAPI would
 * accept, mishandle or fail on (400, 412, 413, 415, 422 with an OperationOutcome) and corrections of HAPI's REST
 * behaviour, each class naming the behaviour it corrects. {@link org.hsctdata.fhir.rest.RequestPipeline} lists every
 * interceptor of the server, ours and HAPI's, in the order a request meets them.
 */
package org.hsctdata.fhir.rest;
