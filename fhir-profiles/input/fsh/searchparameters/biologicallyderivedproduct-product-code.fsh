Instance: biologicallyderivedproduct-product-code
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "ProductCode"
* description = "Grafts (HSCT Graft) by source, `productCode` (GraftSourceVS): bone marrow, peripheral blood stem cells, cord blood. R4 defines no search parameter for BiologicallyDerivedProduct; this one has the code and expression of the R5 parameter BiologicallyDerivedProduct-product-code."
* code = #product-code
* base = #BiologicallyDerivedProduct
* type = #token
* expression = "BiologicallyDerivedProduct.productCode"
* xpathUsage = #normal
