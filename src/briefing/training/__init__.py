"""Scripts that build the models and weights the package ships, from the development corpus."""
