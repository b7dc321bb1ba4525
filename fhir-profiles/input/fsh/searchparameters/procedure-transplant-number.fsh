Instance: procedure-transplant-number
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "TransplantNumber"
* description = "Transplants (HSCT Procedure) by their number in the patient's transplant history, the `transplant-number` extension: 1 for the first HSCT, 2 for the second. Takes the number prefixes: `Procedure?transplant-number=ge2` finds second and later transplants."
* code = #transplant-number
* base = #Procedure
* type = #number
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/transplant-number').value"
* xpathUsage = #normal
