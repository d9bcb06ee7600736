# A minimal root module for the example workflow (.github/workflows/example.yml):
# `terraform init` fetches hashicorp/null through the registry cache.
terraform {
  required_providers {
    null = {
      source  = "hashicorp/null"
      version = "~> 3.2"
    }
  }
}

variable "stack" {
  type    = string
  default = "dev"
}

resource "null_resource" "example" {
  triggers = {
    stack = var.stack
  }
}
