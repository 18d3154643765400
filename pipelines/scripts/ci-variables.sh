#!/usr/bin/env bash
# Shared by the release scripts: hands a value to the later steps of the same job, in Azure Pipelines and in GitHub
# Actions alike. Both expose it to later steps as an environment variable of the same name.
#   publish_variable NAME VALUE [secret]

publish_variable() {
  local name="$1" value="$2" secret="${3:-}"
  if [ -n "${TF_BUILD:-}" ]; then
    if [ "$secret" = "secret" ]; then
      echo "##vso[task.setvariable variable=${name};issecret=true]${value}"
    else
      echo "##vso[task.setvariable variable=${name}]${value}"
    fi
  elif [ -n "${GITHUB_ENV:-}" ]; then
    if [ "$secret" = "secret" ]; then
      echo "::add-mask::${value}"
    fi
    echo "${name}=${value}" >> "$GITHUB_ENV"
  fi
  export "${name}=${value}"
}

# An Azure Pipelines variable that no group defines reaches a script as its own "$(NAME)" text; treat it as unset.
setting_or_empty() {
  local value="${1:-}"
  if [[ "$value" =~ ^\$\(.*\)$ ]]; then
    echo ""
  else
    echo "$value"
  fi
}
