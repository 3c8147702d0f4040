# bash completion for logto-signin                              -*- shell-script -*-
# SPDX-License-Identifier: MIT
# Installed to share/bash-completion/completions/logto-signin (loaded on demand by bash-completion).

_logto_signin()
{
    local cur prev words cword
    _init_completion || return

    local commands="sign-in status claims userinfo token sign-out doctor"
    local common="--help --version --endpoint --app-id --scope --resource --network-timeout"

    # The first non-option word that is a command selects the per-command options.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case "${words[i-1]}" in
            --endpoint|--app-id|--scope|--resource|--network-timeout|--min-validity|--direct-sign-in|\
            --first-screen|--identifier|--login-hint|--prompt|--ui-locales|--organization|--timeout|--port)
                continue ;;
        esac
        case "${words[i]}" in
            sign-in|status|claims|userinfo|token|sign-out|doctor) command=${words[i]}; break ;;
        esac
    done

    case "$prev" in
        --endpoint)
            COMPREPLY=($(compgen -W "https://" -- "$cur")); compopt -o nospace; return ;;
        --first-screen)
            COMPREPLY=($(compgen -W "sign_in register reset_password identifier:sign_in identifier:register single_sign_on" -- "$cur"))
            __ltrim_colon_completions "$cur"; return ;;
        --direct-sign-in)
            COMPREPLY=($(compgen -W "social:apple social:google social:github social:microsoft sso:" -- "$cur"))
            __ltrim_colon_completions "$cur"; return ;;
        --identifier)
            COMPREPLY=($(compgen -W "email phone username" -- "$cur")); return ;;
        --prompt)
            COMPREPLY=($(compgen -W "consent login none" -- "$cur")); return ;;
        --scope) # Logto's scopes; the window asks for email, roles and organizations by default
            COMPREPLY=($(compgen -W "email phone address custom_data identities roles urn:logto:scope:organizations urn:logto:scope:organization_roles" -- "$cur"))
            __ltrim_colon_completions "$cur"; return ;;
        --app-id|--resource|--network-timeout|--min-validity|--login-hint|--ui-locales|--organization|--timeout|--port)
            return ;;
    esac

    if [[ -z $command && $cur != -* ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi

    local options=$common
    case "$command" in
        sign-in) options+=" --apple --direct-sign-in --first-screen --identifier --login-hint --prompt --ui-locales
                            --organization --no-browser --no-par --device --timeout --port" ;;
        status) options+=" --all" ;;
        claims|userinfo) options+=" --min-validity" ;;
        token) options+=" --organization --min-validity" ;;
        sign-out) options+=" --browser" ;;
        doctor) options+=" --json" ;;
        "") options+=" --organization" ;; # the window
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
} &&
    complete -F _logto_signin logto-signin

# ex: filetype=sh
