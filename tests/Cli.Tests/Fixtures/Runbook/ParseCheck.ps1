# Parses scripts with PowerShell's own parser: their syntax errors, and any syntax that only
# PowerShell 7 knows (the Management Shell is Windows PowerShell 5.1).
param([Parameter(ValueFromRemainingArguments)] [string[]] $Paths)

$checked = foreach ($path in $Paths) {
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref] $tokens, [ref] $errors)
    $sevenOnly = $ast.FindAll({
        param($node)
        $node -is [System.Management.Automation.Language.PipelineChainAst] -or
        $node -is [System.Management.Automation.Language.TernaryExpressionAst] -or
        ($node -is [System.Management.Automation.Language.BinaryExpressionAst] -and $node.Operator -eq 'QuestionQuestion') -or
        ($node -is [System.Management.Automation.Language.AssignmentStatementAst] -and $node.Operator -eq 'QuestionQuestionEquals') -or
        ($node -is [System.Management.Automation.Language.MemberExpressionAst] -and $node.NullConditional)
    }, $true)
    [pscustomobject]@{
        path      = $path
        errors    = @($errors | ForEach-Object { $_.Message })
        sevenOnly = @($sevenOnly | ForEach-Object { $_.Extent.Text })
        commands  = @($ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() } | Sort-Object -Unique)
    }
}
ConvertTo-Json -InputObject @($checked) -Depth 4
