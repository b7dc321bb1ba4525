Instance: procedure-graft
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "Graft"
* description = "Transplants (HSCT Procedure) by the graft infused, the `graft` extension (a BiologicallyDerivedProduct). Chained on the graft source: `Procedure?graft.product-code=https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs|graft-cord-blood` finds cord-blood transplants."
* code = #graft
* base = #Procedure
* type = #reference
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/graft').value"
* xpathUsage = #normal
* target = #BiologicallyDerivedProduct
* chain = "product-code"
