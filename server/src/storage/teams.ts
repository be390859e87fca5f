import type { Row } from './rows.ts'

/** A coordinator team (koordinatorteam); the leader sees figures per team. */
export interface Team {
  id: string
  name: string
  createdAt: number
}

export interface TeamStore {
  createTeam(team: Team): Promise<void>
  teamByName(name: string): Promise<Team | null>
  /** Every team, by name, with how many users are in it. */
  listTeams(): Promise<(Team & { members: number })[]>
  /** Puts a user in a team, or in none (null). */
  setTeam(userId: string, teamId: string | null): Promise<void>
  /** Each course's team: its owner's, or null when the owner is in none. */
  courseTeams(): Promise<Map<string, string | null>>
}

/** Runs one statement (`$1`, `$2`, … placeholders, each used once, in order) and returns its rows. */
export type RunSql = (sql: string, values: unknown[]) => Promise<Row[]>

const toTeam = (r: Row): Team => ({
  id: r.id as string,
  name: r.name as string,
  createdAt: Number(r.created_at),
})

/** The same statements for SQLite and PostgreSQL; only how they are run differs. */
export class SqlTeams implements TeamStore {
  private readonly run: RunSql

  constructor(run: RunSql) {
    this.run = run
  }

  async createTeam(team: Team) {
    await this.run('INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)', [
      team.id,
      team.name,
      team.createdAt,
    ])
  }
  async teamByName(name: string) {
    const [row] = await this.run('SELECT * FROM teams WHERE lower(name) = lower($1)', [name])
    return row ? toTeam(row) : null
  }
  async listTeams() {
    const rows = await this.run(
      `SELECT t.id, t.name, t.created_at, (SELECT COUNT(*) FROM users u WHERE u.team_id = t.id) AS members
       FROM teams t ORDER BY t.name`,
      [],
    )
    return rows.map((r) => ({ ...toTeam(r), members: Number(r.members) }))
  }
  async setTeam(userId: string, teamId: string | null) {
    await this.run('UPDATE users SET team_id = $1 WHERE id = $2', [teamId, userId])
  }
  async courseTeams() {
    const rows = await this.run(
      `SELECT c.id, u.team_id FROM courses c
       LEFT JOIN course_members m ON m.course_id = c.id AND m.role = 'owner'
       LEFT JOIN users u ON u.id = m.user_id`,
      [],
    )
    return new Map(rows.map((r) => [r.id as string, (r.team_id as string | null) ?? null]))
  }
}
