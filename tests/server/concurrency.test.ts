import { describeEachDb, person, request, useTestApp } from './helpers'

describeEachDb('concurrency', (db) => {
  const suite = useTestApp(db)

  test('200 concurrent sign-ups for a 20-seat event: exactly 20 confirmed, 180 waitlisted in order, no 5xx', async () => {
    const ev = await suite.c.createEvent({ capacity: 20 })
    const tokens = await Promise.all(Array.from({ length: 10 }, () => suite.c.session()))
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request(suite.app.base, {
          method: 'POST',
          url: `/api/events/${ev.id}/signups`,
          headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, 'idempotency-key': `conc-${i}` },
          payload: person()
        })
      )
    )
    expect(results.filter((r) => r.statusCode >= 500)).toEqual([])
    expect(results.map((r) => r.statusCode).every((s) => s === 201)).toBe(true)
    const bodies = results.map((r) => r.json() as { id: string; status: string; position: number | null })
    const confirmed = bodies.filter((b) => b.status === 'confirmed')
    const waitlisted = bodies.filter((b) => b.status === 'waitlisted')
    expect(confirmed).toHaveLength(20)
    expect(confirmed.every((b) => b.position === null)).toBe(true)
    expect(waitlisted.map((b) => b.position).sort((a, b) => (a as number) - (b as number))).toEqual(Array.from({ length: 180 }, (_, i) => i + 1))

    // The database agrees: the staff list (sign-up order) has the 20 confirmed first, then the
    // waitlist numbered 1..180, and each answer's position matches it.
    const staff = await suite.c.adminSignups(ev.id)
    expect(staff.event.seatsLeft).toBe(0)
    expect(staff.event.status).toBe('full')
    expect(staff.signups.map((s) => s.status)).toEqual([...Array(20).fill('confirmed'), ...Array(180).fill('waitlisted')])
    expect(staff.signups.slice(20).map((s) => s.position)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1))
    const answered = new Map(bodies.map((b) => [b.id, b.position]))
    for (const s of staff.signups) expect(answered.get(s.id)).toBe(s.position)
  }, 60_000)

  test('concurrent replays with one idempotency key take one seat and return one answer', async () => {
    const ev = await suite.c.createEvent({ capacity: 5 })
    const token = await suite.c.session()
    const body = person({ partySize: 2 })
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        request(suite.app.base, {
          method: 'POST',
          url: `/api/events/${ev.id}/signups`,
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'same-key' },
          payload: body
        })
      )
    )
    expect(results.map((r) => r.statusCode).every((s) => s === 201)).toBe(true)
    expect(new Set(results.map((r) => r.body)).size).toBe(1)
    const staff = await suite.c.adminSignups(ev.id)
    expect(staff.signups).toHaveLength(1)
    expect(staff.event.seatsLeft).toBe(3)
    // Sequential retries later: still the same single seat.
    for (let i = 0; i < 5; i++) {
      const r = await suite.c.signup(token, ev.id, body, 'same-key')
      expect(r.body).toBe(results[0].body)
    }
    expect((await suite.c.adminSignups(ev.id)).signups).toHaveLength(1)
  }, 30_000)

  test('concurrent cancels and sign-ups never over-fill', async () => {
    const ev = await suite.c.createEvent({ capacity: 10 })
    const tokens = await Promise.all(Array.from({ length: 30 }, () => suite.c.session()))
    const first = await Promise.all(tokens.map((t) => suite.c.signup(t, ev.id, person({ partySize: 1 + (Math.random() < 0.3 ? 1 : 0) }))))
    const ids = first.map((r) => r.json().id as string)
    await Promise.all([
      ...ids.slice(0, 8).map((id, i) => suite.app.inject({ method: 'DELETE', url: `/api/me/signups/${id}`, headers: { authorization: `Bearer ${tokens[i]}` } })),
      ...tokens.slice(0, 10).map((t) => suite.c.signup(t, ev.id, person()))
    ])
    const staff = await suite.c.adminSignups(ev.id)
    const seats = staff.signups.filter((s) => s.status === 'confirmed').reduce((n, s) => n + s.partySize, 0)
    expect(seats).toBeLessThanOrEqual(10)
    expect(staff.event.seatsLeft).toBe(10 - seats)
    const waiting = staff.signups.filter((s) => s.status === 'waitlisted')
    expect(waiting.map((s) => s.position)).toEqual(waiting.map((_, i) => i + 1))
    // No waiting party would fit into the seats left (promotion happened).
    expect(waiting.every((s) => s.partySize > 10 - seats)).toBe(true)
  }, 30_000)
})
