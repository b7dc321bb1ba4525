Instance: procedure-conditioning-intensity
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "ConditioningIntensity"
* description = "Transplants (HSCT Procedure) by the intensity of their conditioning, the `conditioning-intensity` extension (ConditioningIntensityVS): myeloablative (mac), reduced-intensity (ric) or non-myeloablative (nma)."
* code = #conditioning-intensity
* base = #Procedure
* type = #token
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/conditioning-intensity').value"
* xpathUsage = #normal
