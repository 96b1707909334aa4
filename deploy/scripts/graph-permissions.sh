# shellcheck shell=bash
# The Microsoft Graph application permissions the bot's app registration holds, exactly: create-app-registration.sh
# requests them, grant-admin-consent.sh grants them and check-bot-credential.sh checks them. deploy/README.md step 3
# says why each is needed. Each is the least privileged application permission Microsoft's page lists for the call the
# bot makes:
#   POST /users/{id}/teamwork/installedApps (the bot installs itself only): TeamsAppInstallation.ReadWriteSelfForUser.All
#   GET /groups/{id}/transitiveMembers/microsoft.graph.user: GroupMember.ReadBasic.All
#     (https://learn.microsoft.com/graph/api/group-list-transitivemembers)
#   GET /users/{id}, and the members' accountEnabled and userPrincipalName: User.Read.All
#     (https://learn.microsoft.com/graph/api/user-get)
# Sourced, not run.
# shellcheck disable=SC2034 # used by the scripts that source this file
graph_app_id="00000003-0000-0000-c000-000000000000"
# shellcheck disable=SC2034
graph_permissions=(
  "TeamsAppInstallation.ReadWriteSelfForUser.All"
  "GroupMember.ReadBasic.All"
  "User.Read.All"
)
