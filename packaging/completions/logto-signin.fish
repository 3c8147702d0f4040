# SPDX-License-Identifier: MIT
# fish completion for logto-signin. Installed to share/fish/vendor_completions.d/logto-signin.fish.

set -l commands sign-in status claims userinfo token sign-out doctor
complete -c logto-signin -f

# Commands
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a sign-in -d 'Sign in through the browser'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a status -d 'Show the stored session'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a claims -d 'Print the verified ID-token claims'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a userinfo -d 'Print the profile from the userinfo endpoint'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a token -d 'Print an access token'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a sign-out -d 'Revoke the session'
complete -c logto-signin -n "not __fish_seen_subcommand_from $commands" -a doctor -d 'Check the set-up, without a browser'

# Common options
complete -c logto-signin -s h -l help -d 'Show the help'
complete -c logto-signin -s v -l version -d 'Show the version'
complete -c logto-signin -l endpoint -x -a 'https://' -d 'Logto endpoint (env LOGTO_ENDPOINT)'
complete -c logto-signin -l app-id -x -d 'ID of the Native app (env LOGTO_APP_ID)'
complete -c logto-signin -l scope -x -a 'email phone address custom_data identities roles urn:logto:scope:organizations urn:logto:scope:organization_roles' -d 'Extra scope (repeatable)'
complete -c logto-signin -l resource -x -d 'API resource, RFC 8707 (repeatable)'
complete -c logto-signin -l network-timeout -x -d 'Seconds to wait for each request'

# sign-in
set -l signin "__fish_seen_subcommand_from sign-in"
complete -c logto-signin -n $signin -l apple -d 'Continue with Apple'
complete -c logto-signin -n $signin -l direct-sign-in -x -a 'social:apple social:google social:github sso:' -d 'Skip the sign-in page'
complete -c logto-signin -n $signin -l first-screen -x -a 'sign_in register reset_password identifier:sign_in identifier:register single_sign_on' -d 'First screen Logto shows'
complete -c logto-signin -n $signin -l identifier -x -a 'email phone username' -d 'Identifiers to offer'
complete -c logto-signin -n $signin -l login-hint -x -d 'Pre-fill the identifier'
complete -c logto-signin -n $signin -l prompt -x -a 'consent login none' -d 'OpenID prompt'
complete -c logto-signin -n $signin -l ui-locales -x -d 'Language of Logto pages'
complete -c logto-signin -n $signin -l no-browser -d 'Print the sign-in URL instead of opening a browser'
complete -c logto-signin -n $signin -l no-par -d 'Send the authorization request in the URL, not pushed (PAR)'
complete -c logto-signin -n $signin -l device -d 'Sign in on another device (device flow): code, link and QR code'
complete -c logto-signin -n $signin -l timeout -x -d 'Seconds to wait for the browser'
complete -c logto-signin -n $signin -l port -x -d 'Loopback port'
complete -c logto-signin -n "__fish_seen_subcommand_from sign-in token; or not __fish_seen_subcommand_from $commands" -l organization -x -d 'Organization ID'

# Other commands
complete -c logto-signin -n "__fish_seen_subcommand_from status" -l all -d 'List every stored session'
complete -c logto-signin -n "__fish_seen_subcommand_from claims userinfo token" -l min-validity -x -d 'Refresh when the access token expires within SECONDS'
complete -c logto-signin -n "__fish_seen_subcommand_from sign-out" -l browser -d 'Also end the browser session at Logto'
complete -c logto-signin -n "__fish_seen_subcommand_from doctor" -l json -d 'Print the checklist as one JSON object'
